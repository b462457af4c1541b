import Foundation

/// The state of an escalated dispute.
public struct Mediation: Codable, Sendable, Hashable {
    public var escalatedAt: Date
    public var manual: Bool
    /// The mediator's target for a decision (shown in the queue; nothing fires).
    public var targetAt: Date
    /// The hard limit; when missed, the dispute is decided for the buyer on the buyer's proposal.
    public var limitAt: Date
    public var assignee: StaffID?
    /// The mediator's current one or two solutions; a new set replaces the earlier one.
    public var solutions: [Proposal]
    public var solutionsComment: String
    public var answersDue: Date?
    public var buyerAnswer: SolutionAnswer?
    public var sellerAnswer: SolutionAnswer?
    public var question: MediatorQuestion?

    public init(escalatedAt: Date, manual: Bool, targetAt: Date, limitAt: Date) {
        self.escalatedAt = escalatedAt
        self.manual = manual
        self.targetAt = targetAt
        self.limitAt = limitAt
        self.assignee = nil
        self.solutions = []
        self.solutionsComment = ""
        self.answersDue = nil
        self.buyerAnswer = nil
        self.sellerAnswer = nil
        self.question = nil
    }

    func answer(of role: Role) -> SolutionAnswer? {
        role == .buyer ? buyerAnswer : role == .seller ? sellerAnswer : nil
    }
}
