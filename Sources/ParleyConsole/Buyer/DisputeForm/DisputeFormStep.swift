import ParleyCore

/// The pages of the dispute form, one per field of SPEC §3, then the review.
public enum DisputeFormStep: Int, Sendable, Hashable, CaseIterable, Comparable {
    case received, reason, resolution, amount, description, evidence, review

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var title: String {
        switch self {
        case .received: return "Received?"
        case .reason: return "Reason"
        case .resolution: return "Resolution"
        case .amount: return "Amount"
        case .description: return "Description"
        case .evidence: return "Evidence"
        case .review: return "Review"
        }
    }

    /// The question the page asks.
    public var question: String {
        switch self {
        case .received: return "Did you receive the goods?"
        case .reason: return "What is wrong?"
        case .resolution: return "What do you want?"
        case .amount: return "How much do you ask back?"
        case .description: return "Describe the problem"
        case .evidence: return "Photos and videos"
        case .review: return "Check and submit"
        }
    }

    /// The domain's form field this page fills.
    public var field: FormField? {
        switch self {
        case .received: return .received
        case .reason: return .reason
        case .resolution: return .resolution
        case .amount: return .amount
        case .description: return .description
        case .evidence: return .evidence
        case .review: return nil
        }
    }

    public var next: DisputeFormStep? { DisputeFormStep(rawValue: rawValue + 1) }
    public var previous: DisputeFormStep? { DisputeFormStep(rawValue: rawValue - 1) }
}
