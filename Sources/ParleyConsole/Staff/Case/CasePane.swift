/// The panes of the case view. The shop's dispute page shows the parties' panes only.
public enum CasePane: String, Sendable, Hashable, CaseIterable {
    case order, proposals, timeline, messages, evidence, flags, notes, why

    public var title: String {
        switch self {
        case .order: return "Order"
        case .proposals: return "Proposals"
        case .timeline: return "Timeline"
        case .messages: return "Messages"
        case .evidence: return "Evidence"
        case .flags: return "Flags"
        case .notes: return "Notes"
        case .why: return "Why?"
        }
    }

    public static func panes(for audience: CaseFile.Audience) -> [CasePane] {
        audience == .staff ? allCases : [.order, .proposals, .timeline, .messages, .evidence, .why]
    }
}
