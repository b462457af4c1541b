import Foundation

/// Something that happened to an order: who, when, what.
public struct OrderEvent: Codable, Sendable, Hashable {
    public enum Kind: Codable, Sendable, Hashable {
        case shipped(trackingNumber: String, method: ShippingMethod)
        case trackingEvent(TrackingEvent)
        case delivered
        case receiptConfirmed(automatic: Bool)
        case extensionRequested(days: Int)
        case extensionConfirmed(days: Int, protectionEnd: Date)
        case extensionDeclined(days: Int)
        case disputeOpened(DisputeID)
        case disputeClosed(DisputeID)
        case refundRecorded(OrderRefund)
        case refundPaid
        case fundsReleased(Money)
        case closed
    }

    public var orderID: OrderID
    public var at: Date
    public var actor: Actor
    public var kind: Kind

    public init(orderID: OrderID, at: Date, actor: Actor, kind: Kind) {
        self.orderID = orderID
        self.at = at
        self.actor = actor
        self.kind = kind
    }

    /// One line for the order's history.
    public var summary: String {
        switch kind {
        case .shipped(let number, let method): return "Shipped by \(method.title), tracking \(number)"
        case .trackingEvent(let event): return "Tracking: \(event.text.isEmpty ? event.kind.rawValue : event.text)"
        case .delivered: return "Delivered"
        case .receiptConfirmed(let automatic):
            return automatic ? "Receipt confirmed automatically: buyer protection ended" : "Buyer confirmed receipt"
        case .extensionRequested(let days): return "Buyer asked to extend protection by \(days) days"
        case .extensionConfirmed(let days, let end): return "Seller extended protection by \(days) days, to \(DateText.short(end))"
        case .extensionDeclined(let days): return "Seller declined to extend protection by \(days) days"
        case .disputeOpened(let id): return "Dispute \(id) opened; funds frozen"
        case .disputeClosed(let id): return "Dispute \(id) closed"
        case .refundRecorded(let refund):
            return "Refund of \(refund.amount.formatted) to \(refund.method.title), expected by \(DateText.day(refund.expectedBy))"
        case .refundPaid: return "Refund paid out"
        case .fundsReleased(let amount): return "\(amount.formatted) released to the seller"
        case .closed: return "Order closed"
        }
    }
}
