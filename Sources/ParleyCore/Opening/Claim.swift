/// A draft that passed validation, with its values parsed.
public struct Claim: Codable, Sendable, Hashable {
    public var received: Bool
    public var reason: ClaimReason
    public var resolution: Resolution
    public var amount: Money
    public var description: String
    public var evidence: [EvidenceUpload]
    public var evidenceKinds: [EvidenceKind]
    /// Warnings shown but not blocking (e.g. not-English description).
    public var warnings: [FieldProblem]
}
