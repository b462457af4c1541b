import ParleyCore

/// The mediator's actions on a case (SPEC §5), each a dialog that asks for a comment.
public enum StaffActionKind: String, Sendable, Hashable, CaseIterable {
    case askQuestion = "ask"
    case proposeSolutions = "propose"
    case finalRuling = "ruling"
    case internalNote = "note"
    case flagShop = "flag"

    /// The dialog's title; proposing replaces earlier solutions when there are some.
    public func title(replacing: Bool) -> String {
        switch self {
        case .askQuestion: return "Ask a question"
        case .proposeSolutions: return replacing ? "Replace the solutions" : "Propose solutions"
        case .finalRuling: return "Final ruling"
        case .internalNote: return "Internal note"
        case .flagShop: return "Flag the shop"
        }
    }

    /// Whether the action moves money, so it is confirmed before it is sent.
    public var movesMoney: Bool { self == .finalRuling || self == .proposeSolutions }
}
