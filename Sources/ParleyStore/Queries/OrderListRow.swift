import Foundation
import GRDB
import ParleyCore

/// One line of the buyer's order list (or a shop's), read from columns only.
public struct OrderListRow: Sendable, Equatable, Identifiable {
    public var id: OrderID
    public var title: String
    public var buyerID: UserID
    public var shopID: ShopID
    public var shopName: String
    public var amount: Money
    public var status: OrderStatus
    public var tab: OrderTab
    public var paidAt: Date
    /// The protection countdown's end (with confirmed extensions).
    public var protectionEnd: Date
    public var disputeID: DisputeID?
    public var disputeStage: DisputeStage?
    public var version: Int
    public var cursor: ListCursor

    /// Reads the columns of `Store.orderListColumns` by position (a look-up by name per field and row
    /// cost as much as the query).
    init(row: Row) {
        typealias Column = OrderListColumn
        func text(_ column: Column) -> String { row[column.rawValue] }
        func integer(_ column: Column) -> Int64 { row[column.rawValue] }
        id = OrderID(text(.id))
        title = text(.title)
        buyerID = UserID(text(.buyerID))
        shopID = ShopID(text(.shopID))
        shopName = (row[Column.shopName.rawValue] as String?) ?? shopID.rawValue
        let currency = Currency(rawValue: text(.currency)) ?? .usd
        amount = Money(minorUnits: integer(.amountMinor), currency: currency)
        status = OrderStatus(rawValue: text(.status)) ?? .placed
        tab = OrderTab(rawValue: row[Column.tab.rawValue]) ?? .other
        let paid = integer(.paidAt)
        paidAt = Date(millisecondsSince1970: paid)
        protectionEnd = Date(millisecondsSince1970: integer(.protectionEnd))
        disputeID = (row[Column.disputeID.rawValue] as String?).map(DisputeID.init(rawValue:))
        disputeStage = (row[Column.disputeStage.rawValue] as String?).flatMap(DisputeStage.init(rawValue:))
        version = row[Column.version.rawValue]
        cursor = ListCursor(sortValue: paid, key: integer(.key))
    }
}

/// The positions of `Store.orderListColumns`, in the order the SELECT lists them.
enum OrderListColumn: Int {
    case key, id, title, buyerID, shopID, shopName, amountMinor, currency, status, tab, paidAt, protectionEnd, disputeID, disputeStage, version
}

extension Store {
    static let orderListColumns = """
        o.key, o.id, o.title, o.buyer_id, o.shop_id, s.name AS shop_name, o.amount_minor, o.currency, o.status, o.tab,
        o.paid_at, o.protection_end, o.dispute_id, d.stage, o.version
        FROM orders o LEFT JOIN shop s ON s.id = o.shop_id LEFT JOIN dispute d ON d.order_id = o.id
        """

    /// A buyer's orders, newest first, optionally one tab and a text filter (order number, item, shop).
    public func buyerOrders(_ buyer: UserID, tab: OrderTab = .all, filter: String? = nil, window: WindowRequest<ListCursor>) throws -> [OrderListRow] {
        try orderWindow(owner: "o.buyer_id", ownerID: buyer.rawValue, tab: tab, filter: filter, window: window)
    }

    /// A shop's orders, newest first.
    public func shopOrders(_ shop: ShopID, filter: String? = nil, window: WindowRequest<ListCursor>) throws -> [OrderListRow] {
        try orderWindow(owner: "o.shop_id", ownerID: shop.rawValue, tab: .all, filter: filter, window: window)
    }

    private func orderWindow(owner: String, ownerID: String, tab: OrderTab, filter: String?, window: WindowRequest<ListCursor>) throws -> [OrderListRow] {
        var conditions = ["\(owner) = ?"]
        var arguments: StatementArguments = [ownerID]
        if tab != .all {
            conditions.append("o.tab = ?")
            arguments += [tab.rawValue]
        }
        if let filter, !filter.trimmingCharacters(in: .whitespaces).isEmpty {
            let pattern = LikePattern.containing(filter.trimmingCharacters(in: .whitespaces))
            conditions.append("(o.title LIKE ? ESCAPE '\\' OR o.id LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\')")
            arguments += [pattern, pattern, pattern]
        }
        // Newest first: the list runs down (paid_at, key) descending.
        switch window {
        case .after(let cursor, _):
            conditions.append("(o.paid_at, o.key) < (?, ?)")
            arguments += [cursor.sortValue, cursor.key]
        case .before(let cursor, _):
            conditions.append("(o.paid_at, o.key) > (?, ?)")
            arguments += [cursor.sortValue, cursor.key]
        case .first, .last:
            break
        }
        let order = window.readsBackwards ? "o.paid_at ASC, o.key ASC" : "o.paid_at DESC, o.key DESC"
        let sql = "SELECT \(Self.orderListColumns) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?"
        arguments += [window.limit]
        let rows = try read { db in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map(OrderListRow.init(row:)) }
        return window.readsBackwards ? rows.reversed() : rows
    }

    /// How many orders each of the buyer's tabs holds (All included).
    public func buyerTabCounts(_ buyer: UserID) throws -> [OrderTab: Int] {
        try read { db in
            var counts: [OrderTab: Int] = Dictionary(uniqueKeysWithValues: OrderTab.allCases.map { ($0, 0) })
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT tab, count FROM buyer_tab_count WHERE buyer_id = ?"), arguments: [buyer.rawValue]) {
                let count: Int = row[1]
                if let tab = OrderTab(rawValue: row[0]) { counts[tab] = count }
                counts[.all, default: 0] += count
            }
            return counts
        }
    }
}
