import Foundation
import GRDB
import ParleyCore

/// One line of a dispute list (the shop's, the buyer's, or the staff queue), from columns only.
public struct DisputeListRow: Sendable, Equatable, Identifiable {
    public var id: DisputeID
    public var orderID: OrderID
    public var orderTitle: String
    public var buyerID: UserID
    public var buyerName: String
    public var shopID: ShopID
    public var shopName: String
    public var reason: ClaimReason
    public var stage: DisputeStage
    public var isOpen: Bool
    /// The buyer's current claim.
    public var claimed: Money
    public var openedAt: Date
    /// The pending deadline, who it waits on and what kind it is; nil once decided.
    public var nextDeadline: Date?
    public var deadlineKind: Deadline.Kind?
    public var waitingOn: [Role]
    public var isEscalated: Bool
    /// The mediator's target date while in mediation.
    public var decisionDue: Date?
    public var assignee: StaffID?
    public var decision: Decision?
    public var refund: Money?
    public var version: Int
    public var cursor: ListCursor

    /// Reads the columns of `Store.disputeListColumns` by position: looking 24 columns up by name for
    /// every row cost more than the query itself.
    init(row: Row, sortColumn: Int) {
        typealias Column = DisputeListColumn
        func text(_ column: Column) -> String { row[column.rawValue] }
        func optionalText(_ column: Column) -> String? { row[column.rawValue] }
        func integer(_ column: Column) -> Int64 { row[column.rawValue] }
        id = DisputeID(text(.id))
        orderID = OrderID(text(.orderID))
        orderTitle = optionalText(.title) ?? ""
        buyerID = UserID(text(.buyerID))
        buyerName = optionalText(.buyerName) ?? buyerID.rawValue
        shopID = ShopID(text(.shopID))
        shopName = optionalText(.shopName) ?? shopID.rawValue
        reason = ClaimReason(rawValue: text(.reason)) ?? .notAsDescribed
        stage = DisputeStage(rawValue: text(.stage)) ?? .opened
        isOpen = row[Column.isOpen.rawValue]
        let currency = Currency(rawValue: text(.currency)) ?? .usd
        claimed = Money(minorUnits: integer(.claimedMinor), currency: currency)
        openedAt = Date(millisecondsSince1970: integer(.openedAt))
        nextDeadline = (row[Column.nextDeadline.rawValue] as Int64?).map(Date.init(millisecondsSince1970:))
        deadlineKind = optionalText(.deadlineKind).flatMap(Deadline.Kind.init(rawValue:))
        waitingOn = (optionalText(.waitingOn) ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) }
        isEscalated = row[Column.escalated.rawValue]
        let decisionSort = integer(.decisionSort)
        decisionDue = decisionSort == .sortsLast ? nil : Date(millisecondsSince1970: decisionSort)
        assignee = optionalText(.assignee).map(StaffID.init(rawValue:))
        decision = optionalText(.decision).flatMap(Decision.init(rawValue:))
        refund = (row[Column.refundMinor.rawValue] as Int64?).map { Money(minorUnits: $0, currency: currency) }
        version = row[Column.version.rawValue]
        cursor = ListCursor(sortValue: row[sortColumn], key: integer(.key))
    }
}

/// The positions of `Store.disputeListColumns`, in the order the SELECT lists them.
enum DisputeListColumn: Int {
    case key, id, orderID, title, buyerID, buyerName, shopID, shopName, reason, stage, isOpen, claimedMinor, currency,
         openedAt, nextDeadline, deadlineKind, waitingOn, shopSort, escalated, decisionSort, assignee, decision, refundMinor, version
}

/// What a dispute list is sorted by: the dispute table's column and its position in the SELECT.
enum DisputeListSort {
    case shopDeadline, openedAt, decisionDue

    var column: String {
        switch self {
        case .shopDeadline: return "shop_sort"
        case .openedAt: return "opened_at"
        case .decisionDue: return "decision_sort"
        }
    }

    var position: DisputeListColumn {
        switch self {
        case .shopDeadline: return .shopSort
        case .openedAt: return .openedAt
        case .decisionDue: return .decisionSort
        }
    }
}

/// Who a staff queue row is assigned to, for filtering.
public enum AssigneeFilter: Sendable, Equatable, Hashable {
    case unassigned
    case staff(StaffID)
}

/// The staff queue's filters (nil: any).
public struct StaffQueueFilter: Sendable, Equatable, Hashable {
    public var reason: ClaimReason?
    public var stage: DisputeStage?
    public var shop: ShopID?
    public var assignee: AssigneeFilter?
    /// Matches the dispute number, the order number or the item.
    public var text: String?

    public init(reason: ClaimReason? = nil, stage: DisputeStage? = nil, shop: ShopID? = nil, assignee: AssigneeFilter? = nil, text: String? = nil) {
        self.reason = reason
        self.stage = stage
        self.shop = shop
        self.assignee = assignee
        self.text = text
    }
}

extension Store {
    static let disputeListColumns = """
        d.key, d.id, d.order_id, o.title, d.buyer_id, b.name AS buyer_name, d.shop_id, s.name AS shop_name, d.reason,
        d.stage, d.is_open, d.claimed_minor, d.currency, d.opened_at, d.next_deadline, d.deadline_kind, d.waiting_on,
        d.shop_sort, d.escalated, d.decision_sort, d.assignee, d.decision, d.refund_minor, d.version
        FROM dispute d LEFT JOIN orders o ON o.id = d.order_id LEFT JOIN buyer b ON b.id = d.buyer_id
        LEFT JOIN shop s ON s.id = d.shop_id
        """

    /// A shop's disputes, soonest deadline first; decided ones last.
    public func shopDisputes(_ shop: ShopID, window: WindowRequest<ListCursor>) throws -> [DisputeListRow] {
        try disputeWindow(conditions: ["d.shop_id = ?"], arguments: [shop.rawValue], sortColumn: .shopDeadline, ascending: true, window: window)
    }

    /// A buyer's disputes, newest first.
    public func buyerDisputes(_ buyer: UserID, window: WindowRequest<ListCursor>) throws -> [DisputeListRow] {
        try disputeWindow(conditions: ["d.buyer_id = ?"], arguments: [buyer.rawValue], sortColumn: .openedAt, ascending: false, window: window)
    }

    /// Every escalated dispute, soonest decision deadline first (decided ones last), with filters.
    public func staffQueue(filter: StaffQueueFilter = StaffQueueFilter(), window: WindowRequest<ListCursor>) throws -> [DisputeListRow] {
        var conditions = ["d.escalated = 1"]
        var arguments: StatementArguments = []
        if let reason = filter.reason { conditions.append("d.reason = ?"); arguments += [reason.rawValue] }
        if let stage = filter.stage { conditions.append("d.stage = ?"); arguments += [stage.rawValue] }
        if let shop = filter.shop { conditions.append("d.shop_id = ?"); arguments += [shop.rawValue] }
        switch filter.assignee {
        case .unassigned?: conditions.append("d.assignee IS NULL")
        case .staff(let staff)?: conditions.append("d.assignee = ?"); arguments += [staff.rawValue]
        case nil: break
        }
        if let text = filter.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            let pattern = LikePattern.containing(text.trimmingCharacters(in: .whitespaces))
            conditions.append("(d.id LIKE ? ESCAPE '\\' OR d.order_id LIKE ? ESCAPE '\\' OR o.title LIKE ? ESCAPE '\\')")
            arguments += [pattern, pattern, pattern]
        }
        return try disputeWindow(conditions: conditions, arguments: arguments, sortColumn: .decisionDue, ascending: true, window: window)
    }

    private func disputeWindow(conditions: [String], arguments: StatementArguments, sortColumn: DisputeListSort, ascending: Bool,
                               window: WindowRequest<ListCursor>) throws -> [DisputeListRow] {
        var conditions = conditions
        var arguments = arguments
        let column = "d.\(sortColumn.column)"
        // "after" means further down the list, whichever way the list is sorted.
        let down = ascending ? ">" : "<"
        let up = ascending ? "<" : ">"
        switch window {
        case .after(let cursor, _):
            conditions.append("(\(column), d.key) \(down) (?, ?)")
            arguments += [cursor.sortValue, cursor.key]
        case .before(let cursor, _):
            conditions.append("(\(column), d.key) \(up) (?, ?)")
            arguments += [cursor.sortValue, cursor.key]
        case .first, .last:
            break
        }
        let forwards = ascending != window.readsBackwards
        let direction = forwards ? "ASC" : "DESC"
        let sql = "SELECT \(Self.disputeListColumns) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(column) \(direction), d.key \(direction) LIMIT ?"
        arguments += [window.limit]
        let rows = try read { db in
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { DisputeListRow(row: $0, sortColumn: sortColumn.position.rawValue) }
        }
        return window.readsBackwards ? rows.reversed() : rows
    }
}
