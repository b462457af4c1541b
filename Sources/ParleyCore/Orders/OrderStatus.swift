/// Where an order is in its lifecycle (SPEC §2).
public enum OrderStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// Paid, not yet shipped.
    case placed
    case shipped
    case delivered
    /// Receipt confirmed by the buyer, or automatically when protection ended.
    case confirmed
    /// Funds released to the seller; nothing can be disputed any more.
    case completed
    /// Money went back to the buyer, fully or partly.
    case refunded
    case closed

    /// Completed, refunded or closed: the money has gone one way or the other, so the order's
    /// protection no longer runs and it is listed under Completed.
    public var isSettled: Bool {
        switch self {
        case .completed, .refunded, .closed: return true
        case .placed, .shipped, .delivered, .confirmed: return false
        }
    }

    public var title: String {
        switch self {
        case .placed: return "Paid, awaiting shipment"
        case .shipped: return "Shipped"
        case .delivered: return "Delivered"
        case .confirmed: return "Receipt confirmed"
        case .completed: return "Completed"
        case .refunded: return "Refunded"
        case .closed: return "Closed"
        }
    }
}
