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
