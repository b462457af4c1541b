import Foundation

/// One recorded change to a dispute: its number in the dispute's history, when, who, and what.
/// The list of events is the history; `Dispute.replay` rebuilds the dispute from it.
public struct DisputeEvent: Codable, Sendable, Hashable, Identifiable {
    public var disputeID: DisputeID
    /// 1 for the opening event, then consecutive.
    public var sequence: Int
    public var at: Date
    public var actor: Actor
    public var kind: DisputeEventKind

    public init(disputeID: DisputeID, sequence: Int, at: Date, actor: Actor, kind: DisputeEventKind) {
        self.disputeID = disputeID
        self.sequence = sequence
        self.at = at
        self.actor = actor
        self.kind = kind
    }

    public var id: String { "\(disputeID.rawValue)#\(sequence)" }
}

/// What happened, with its details. Every state change of a dispute is one of these.
public enum DisputeEventKind: Codable, Sendable, Hashable {
    case opened(DisputeOpening)
    case buyerProposalEdited(Proposal)
    case alternativeAdded(Proposal)
    /// The seller rejected the buyer's proposal with a counter-proposal; negotiation runs until `negotiationEndsAt`.
    case sellerCounterProposed(Proposal, negotiationEndsAt: Date)
    case proposalAccepted(ProposalRef, Proposal)
    case agreementReached(Agreement)
    case returnRequested(shipBy: Date)
    case returnShipped(trackingNumber: String, arrivalDue: Date)
    case returnArrived(assumed: Bool)
    case outcomeDecided(Outcome)
    case refundIssued(Refund)
    case refundPaid
    case messagePosted(Message)
    case evidenceAdded(Evidence)
    case evidenceRemoved(EvidenceID)
    case cancelled(resumableUntil: Date)
    case resumed(sellerResponseDue: Date)
    case escalated(manual: Bool, why: String, targetAt: Date, limitAt: Date)
    case caseTaken(StaffID)
    case questionAsked(MediatorQuestion)
    case questionAnswered(by: Role)
    case solutionsProposed([Proposal], comment: String, answersDue: Date)
    case solutionAnswered(by: Role, SolutionAnswer)
    case internalNoteWritten(InternalNote)
    case sellerFlagged(reason: String)
    /// A deadline passed with nobody acting; the events after it carry the consequence.
    case deadlineMissed(Deadline)
}
