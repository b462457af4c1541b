import Foundation

/// Where a dispute stands internally; `Dispute.stage` is what the progress diagram shows.
public enum DisputePhase: Codable, Sendable, Hashable {
    /// Waiting for the seller's first answer.
    case awaitingSeller(due: Date)
    /// The seller answered; the parties talk until agreement or automatic escalation.
    case negotiation(escalatesAt: Date)
    case mediation(Mediation)
    case returnInProgress(ReturnShipment)
    /// Cancelled by the buyer; may be resumed until `resumableUntil`.
    case cancelled(at: Date, resumableUntil: Date)
    /// An outcome was recorded.
    case closed
}

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

/// A party's answer to the mediator's solutions.
public enum SolutionAnswer: Codable, Sendable, Hashable {
    /// Accepted solution `index`; `assumed` when the party let the deadline pass (counts as the first).
    case accepted(index: Int, assumed: Bool)
    case rejected(comment: String)
}

/// A mediator's question to one party, with the deadline to answer.
public struct MediatorQuestion: Codable, Sendable, Hashable {
    public var to: Role
    public var text: String
    public var askedBy: StaffID
    public var askedAt: Date
    public var answerBy: Date

    public init(to: Role, text: String, askedBy: StaffID, askedAt: Date, answerBy: Date) {
        self.to = to
        self.text = text
        self.askedBy = askedBy
        self.askedAt = askedAt
        self.answerBy = answerBy
    }
}

/// The item travelling back to the seller after a return-and-refund agreement.
public struct ReturnShipment: Codable, Sendable, Hashable {
    public var agreement: Agreement
    public var shipBy: Date
    public var trackingNumber: String?
    public var shippedAt: Date?
    public var arrivalDue: Date?

    public init(agreement: Agreement, shipBy: Date) {
        self.agreement = agreement
        self.shipBy = shipBy
    }
}
