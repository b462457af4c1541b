import ParleyCore

/// The buyer's order list tabs (SPEC issue 5).
public enum OrderTab: Int, Sendable, CaseIterable, Hashable {
    case all = -1
    case other = 0
    case awaitingDelivery = 1
    case inDispute = 2
    case completed = 3

    /// The tabs shown to a buyer, in order.
    public static let shown: [OrderTab] = [.all, .awaitingDelivery, .inDispute, .completed]

    public var title: String {
        switch self {
        case .all: return "All"
        case .other: return "Other"
        case .awaitingDelivery: return "Awaiting delivery"
        case .inDispute: return "In dispute"
        case .completed: return "Completed"
        }
    }

    /// The one tab (besides All) an order belongs to.
    static func of(_ order: Order) -> OrderTab {
        if order.disputeIsOpen { return .inDispute }
        if order.status.isSettled { return .completed }
        return order.status == .placed || order.status == .shipped ? .awaitingDelivery : .other
    }
}
