import Foundation
import GRDB
import ParleyCore

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
