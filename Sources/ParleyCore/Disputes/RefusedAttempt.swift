import Foundation

/// A refused action, kept for the audit log (SPEC §1: an attempt on what is not yours is refused and logged).
public struct RefusedAttempt: Codable, Sendable, Hashable {
    public var disputeID: DisputeID?
    public var orderID: OrderID?
    public var actor: Actor
    public var action: String
    public var at: Date
    /// The message the person saw.
    public var reason: String

    public init(disputeID: DisputeID?, orderID: OrderID?, actor: Actor, action: String, at: Date, reason: String) {
        self.disputeID = disputeID
        self.orderID = orderID
        self.actor = actor
        self.action = action
        self.at = at
        self.reason = reason
    }

    public init(dispute: Dispute, actor: Actor, action: DisputeAction, at: Date, error: DisputeError) {
        self.init(disputeID: dispute.id, orderID: dispute.orderID, actor: actor, action: action.title, at: at, reason: error.message)
    }

    /// Whether the attempt touched someone else's dispute or order (worth flagging in the log).
    public static func isTrespass(_ error: DisputeError) -> Bool {
        switch error {
        case .notYourDispute, .wrongRole, .caseTakenBy: return true
        default: return false
        }
    }
}
