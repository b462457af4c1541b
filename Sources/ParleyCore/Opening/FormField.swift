/// The fields of the dispute form (SPEC §3), so a problem can be shown beside its field.
public enum FormField: String, Codable, Sendable, Hashable, CaseIterable {
    /// Not a field: the order itself (opening window, one dispute per order).
    case order
    case received, reason, resolution, amount, description, evidence
}
