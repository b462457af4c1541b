import Foundation

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
