import Foundation
import GRDB
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
        switch order.status {
        case .placed, .shipped: return .awaitingDelivery
        case .completed, .refunded, .closed: return .completed
        case .delivered, .confirmed: return .other
        }
    }
}

/// When time alone next changes an order: the conditions under which `Order.advance` acts.
enum OrderClock {
    static func nextDeadline(of order: Order, policy: Policy) -> Date? {
        var candidates: [Date] = []
        if order.status == .shipped || order.status == .delivered {
            candidates.append(order.protectionEnd(policy: policy))
        }
        if !order.disputeIsOpen, order.status == .confirmed || order.status == .refunded
            || order.status == .shipped || order.status == .delivered {
            candidates.append(order.graceEnd(policy: policy))
        }
        return candidates.min()
    }
}

/// Writes an order's row: its JSON state plus the derived columns.
enum OrderWriter {
    static let upsertSQL = """
        INSERT INTO orders (id, buyer_id, shop_id, title, status, tab, amount_minor, currency, paid_at,
                            protection_end, next_deadline, dispute_id, version, state)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            status = excluded.status, tab = excluded.tab, title = excluded.title,
            protection_end = excluded.protection_end, next_deadline = excluded.next_deadline,
            dispute_id = excluded.dispute_id, version = excluded.version, state = excluded.state
        """

    static func arguments(_ order: Order, version: Int, policy: Policy, state: String) -> StatementArguments {
        [
            order.id.rawValue, order.buyer.rawValue, order.shop.rawValue, order.title, order.status.rawValue,
            OrderTab.of(order).rawValue, order.amountPaid.minorUnits, order.currency.code,
            order.paidAt.millisecondsSince1970, order.protectionEnd(policy: policy).millisecondsSince1970,
            OrderClock.nextDeadline(of: order, policy: policy)?.millisecondsSince1970,
            order.dispute?.rawValue, version, state,
        ]
    }

    static func write(_ order: Order, version: Int, policy: Policy, in db: Database) throws {
        try db.cachedStatement(sql: upsertSQL).execute(arguments: arguments(order, version: version, policy: policy, state: FastOrderJSON.encode(order)))
    }
}
