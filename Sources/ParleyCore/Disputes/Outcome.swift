import Foundation

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
