/// Everything a person can do to a dispute (SPEC §4); `Dispute.apply` checks role, stage and deadline.
public enum DisputeAction: Codable, Sendable, Hashable {
    // Buyer
    /// Changes the buyer's own proposal (seller response or negotiation).
    case editProposal(Proposal)
    /// Adds an alternative solution the seller may accept instead.
    case addAlternative(Proposal)
    case cancel
    /// Reopens a cancelled dispute while protection and its grace window run.
    case resume
    /// Escalates to mediation by hand, where the policy allows it.
    case escalate
    /// Enters the return's tracking number after shipping the item back.
    case shipReturn(trackingNumber: String)

    // Seller
    /// Rejects the buyer's proposal with a counter-proposal and optional evidence.
    case rejectWithCounterProposal(Proposal, evidence: [EvidenceUpload])
    case confirmReturnArrived

    // Buyer or seller
    /// Seller: accepts the buyer's proposal or an alternative. Buyer: accepts the seller's proposal.
    /// Either: accepts one of the mediator's solutions.
    case accept(ProposalRef)
    /// Rejects the mediator's solutions, with a comment and at least one new piece of evidence.
    case rejectSolutions(comment: String, evidence: [EvidenceUpload])
    case sendMessage(String)
    case addEvidence(EvidenceUpload)
    case removeEvidence(EvidenceID)

    // Staff
    case takeCase
    case askQuestion(to: Role, text: String, answerWithinDays: Int)
    /// One or two solutions; they replace any earlier ones.
    case proposeSolutions([Proposal], comment: String)
    case finalRuling(Proposal, comment: String)
    case writeNote(String)
    case flagSeller(reason: String)

    // System
    /// The payment provider reports the refund as paid out.
    case markRefundPaid

    /// Short verb phrase for messages: "accept a proposal".
    public var title: String {
        switch self {
        case .editProposal: return "edit the proposal"
        case .addAlternative: return "add an alternative solution"
        case .cancel: return "cancel the dispute"
        case .resume: return "resume the dispute"
        case .escalate: return "escalate to mediation"
        case .shipReturn: return "enter the return tracking number"
        case .rejectWithCounterProposal: return "reject with a counter-proposal"
        case .confirmReturnArrived: return "confirm the return arrived"
        case .accept: return "accept a proposal"
        case .rejectSolutions: return "reject the mediator's solutions"
        case .sendMessage: return "send a message"
        case .addEvidence: return "add evidence"
        case .removeEvidence: return "remove evidence"
        case .takeCase: return "take the case"
        case .askQuestion: return "ask a question"
        case .proposeSolutions: return "propose solutions"
        case .finalRuling: return "issue a final ruling"
        case .writeNote: return "write an internal note"
        case .flagSeller: return "flag the seller"
        case .markRefundPaid: return "mark the refund paid"
        }
    }
}
