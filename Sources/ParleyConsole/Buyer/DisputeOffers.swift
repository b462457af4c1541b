import Foundation
import ParleyCore

/// Which dispute actions the signed-in party may take now, asked of the domain itself: each
/// candidate is tried on a copy of the dispute, and refused only for reasons of role, stage or time
/// (a refusal about the payload, like an empty message, still means the action is available).
enum DisputeOffers {
    static func isOffered(_ action: DisputeAction, dispute: Dispute, order: Order, actor: Actor, at now: Date, policy: Policy) -> Bool {
        var copy = dispute
        do {
            _ = try copy.apply(action, by: actor, at: max(now, dispute.lastEventAt), order: order, policy: policy)
            return true
        } catch {
            switch error {
            case .wrongRole, .notYourDispute, .wrongStage, .deadlinePassed, .escalationNotAllowed, .escalationNeedsSellerAnswer,
                 .noSuchProposal, .cannotAcceptOwnProposal, .noSolutionsToAnswer, .alreadyAnswered, .notResumable,
                 .returnNotShippedYet, .orderMismatch, .caseNotTaken, .caseTakenBy:
                return false
            default:
                return true
            }
        }
    }

    /// A photo the checks accept, to ask "may evidence be added now?".
    static let sampleUpload = EvidenceUpload(name: "sample.jpg", leadingBytes: [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0, count: 12),
                                             sizeBytes: 1024, sha256: String(repeating: "a", count: 64))
}
