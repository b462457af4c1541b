import Foundation

/// How a dispute's result came about; recorded with every agreement and outcome (SPEC §4.9).
public enum Decision: String, Codable, Sendable, Hashable {
    case sellerAccepted = "seller-accepted"
    case buyerAccepted = "buyer-accepted"
    case sellerDidNotRespond = "seller-did-not-respond"
    case bothAcceptedMediatorSolution = "both-accepted-mediator-solution"
    case mediatorRuling = "mediator-ruling"
    case mediatorMissedLimit = "mediator-missed-limit"
    case buyerDidNotAnswerQuestion = "buyer-did-not-answer-question"
    case sellerDidNotAnswerQuestion = "seller-did-not-answer-question"
    case returnNotShipped = "return-not-shipped"
    case returnArrived = "return-arrived"
    case returnArrivalAssumed = "return-arrival-assumed"
    case buyerWithdrew = "buyer-withdrew"

    /// Whether the decision came from mediation (refunds then take longer, SPEC §4.8).
    public var isMediation: Bool {
        switch self {
        case .bothAcceptedMediatorSolution, .mediatorRuling, .mediatorMissedLimit,
             .buyerDidNotAnswerQuestion, .sellerDidNotAnswerQuestion:
            return true
        default:
            return false
        }
    }
}

/// The settlement both sides are bound to, before a return and refund carry it out.
public struct Agreement: Codable, Sendable, Hashable {
    public var proposal: Proposal
    public var decision: Decision
    public var decidedBy: Actor
    public var why: String
    public var at: Date
    /// The mediator's comment, when mediation decided.
    public var mediatorComment: String?

    public init(proposal: Proposal, decision: Decision, decidedBy: Actor, why: String, at: Date, mediatorComment: String? = nil) {
        self.proposal = proposal
        self.decision = decision
        self.decidedBy = decidedBy
        self.why = why
        self.at = at
        self.mediatorComment = mediatorComment
    }
}

/// The final result of a dispute: who decided, why, when, and the refund. Recorded once; never changes.
public struct Outcome: Codable, Sendable, Hashable {
    public enum Favour: String, Codable, Sendable, Hashable {
        case buyer, seller, partly
    }

    public var decision: Decision
    public var decidedBy: Actor
    public var favour: Favour
    public var resolution: Resolution
    public var refund: Money
    public var why: String
    public var at: Date
    public var mediatorComment: String?

    public init(decision: Decision, decidedBy: Actor, favour: Favour, resolution: Resolution, refund: Money, why: String, at: Date, mediatorComment: String? = nil) {
        self.decision = decision
        self.decidedBy = decidedBy
        self.favour = favour
        self.resolution = resolution
        self.refund = refund
        self.why = why
        self.at = at
        self.mediatorComment = mediatorComment
    }

    /// "Refunded US$ 12.50 to the buyer" / "Closed in the seller's favour, no refund".
    public var summary: String {
        if decision == .buyerWithdrew { return "Withdrawn by the buyer; no refund" }
        if refund.isZero { return "Closed in the seller's favour; no refund" }
        return "\(refund.formatted) refunded to the buyer"
    }
}

/// Money going back to the buyer's original payment method (SPEC §4.8).
public struct Refund: Codable, Sendable, Hashable {
    public var amount: Money
    public var method: PaymentMethod
    public var issuedAt: Date
    public var expectedBy: Date
    public var paidAt: Date?

    public init(amount: Money, method: PaymentMethod, issuedAt: Date, expectedBy: Date, paidAt: Date? = nil) {
        self.amount = amount
        self.method = method
        self.issuedAt = issuedAt
        self.expectedBy = expectedBy
        self.paidAt = paidAt
    }
}
