import Foundation
import ParleyCore

/// Everything the buyer's screens read and change, as one narrow protocol: the store satisfies it
/// through a small adapter, tests through `InMemoryBuyerData`. Calls are synchronous and throw errors
/// whose description is shown to the person.
public protocol BuyerData: AnyObject, Sendable {
    /// The accounts the role picker offers.
    func accounts() throws -> [ConsoleAccount]
    /// The one account `--as` names, or nil; cheaper than `accounts()` where the data can look it up.
    func account(matching request: SignInRequest) throws -> ConsoleAccount?
    /// The sort orders the order list can offer (the first is the default).
    var orderSorts: [OrderSort] { get }
    /// How many of the buyer's orders each tab holds, with the filter applied.
    func orderCounts(buyer: UserID, filter: String, at instant: Date) throws -> [OrderTab: Int]
    /// One window of the buyer's orders, by keyset (never by offset).
    func orderPage(_ request: OrderPageRequest, at instant: Date) throws -> [OrderListRow]
    func order(_ id: OrderID, for actor: Actor) throws -> OrderDetail
    func dispute(_ id: DisputeID, for actor: Actor) throws -> DisputeDetailView
    /// Opens a dispute from the form; fails with a conflict when the order changed meanwhile.
    func openDispute(order: OrderID, draft: DisputeDraft, by actor: Actor, at instant: Date, expectedOrderVersion: Int) throws -> DisputeID
    func perform(_ action: DisputeAction, on dispute: DisputeID, by actor: Actor, at instant: Date, expectedVersion: Int) throws
    func perform(_ action: OrderAction, on order: OrderID, by actor: Actor, at instant: Date, expectedVersion: Int) throws
    /// Reads a file for evidence: kind from its content, size and checksum; refuses with a reason.
    func prepareEvidence(path: String) throws -> EvidenceUpload
    func notifications(for actor: Actor, limit: Int) throws -> [InboxItem]
    /// How many notifications are unread (up to `UnreadBadge.countLimit`) and which arrived last.
    func notificationCount(for actor: Actor) throws -> NotificationCount
    func markRead(for actor: Actor, keys: [Int64]) throws
    /// Fires the consequences due by `instant`, visiting at most `atMost` due disputes and orders.
    func sweep(at instant: Date, atMost: Int) throws -> SweepProgress
}

/// What one slice of the deadline sweep did.
public struct SweepProgress: Sendable, Equatable {
    /// How many disputes and orders changed.
    public var changed: Int
    /// False while more is due than one slice does (a console started after a long downtime).
    public var isComplete: Bool

    public init(changed: Int, isComplete: Bool) {
        self.changed = changed
        self.isComplete = isComplete
    }
}

/// The status bar's notification figures.
public struct NotificationCount: Sendable, Equatable {
    /// Unread, counted no further than `UnreadBadge.countLimit`.
    public var unread: Int
    /// The newest notification's key: a change means something new arrived.
    public var newest: Int64?

    public init(unread: Int, newest: Int64?) {
        self.unread = unread
        self.newest = newest
    }
}

/// The tabs of "My orders".
public enum OrderTab: String, Sendable, Hashable, CaseIterable {
    case all, awaitingDelivery, delivered, inDispute, completed

    public var title: String {
        switch self {
        case .all: return "All"
        case .awaitingDelivery: return "Awaiting delivery"
        case .delivered: return "Delivered"
        case .inDispute: return "In dispute"
        case .completed: return "Completed"
        }
    }

    /// The title where a row of tabs is narrow (80 columns).
    public var shortTitle: String {
        self == .awaitingDelivery ? "Awaiting" : title
    }

    /// Whether an order belongs in this tab (every order is in All and in exactly one other).
    public func contains(_ order: Order) -> Bool {
        switch self {
        case .all: return true
        case .inDispute: return order.disputeIsOpen
        case .awaitingDelivery: return !order.disputeIsOpen && (order.status == .placed || order.status == .shipped)
        case .delivered: return !order.disputeIsOpen && (order.status == .delivered || order.status == .confirmed)
        case .completed: return !order.disputeIsOpen && order.status.isSettled
        }
    }
}

/// The order list's sort orders; each has a keyset key.
public enum OrderSort: String, Sendable, Hashable, CaseIterable {
    case newest, protectionEnding, total

    public var title: String {
        switch self {
        case .newest: return "newest first"
        case .protectionEnding: return "protection ending first"
        case .total: return "highest total first"
        }
    }

    public var next: OrderSort {
        let all = OrderSort.allCases
        return all[(all.firstIndex(of: self).map { $0 + 1 } ?? 0) % all.count]
    }
}

/// A row's place in the sorted list: its sort value, then a unique key to break ties.
public struct OrderCursor: Sendable, Hashable, Comparable {
    public var sortValue: Int64
    public var key: Int64
    public init(sortValue: Int64, key: Int64) {
        self.sortValue = sortValue
        self.key = key
    }

    public static func < (lhs: OrderCursor, rhs: OrderCursor) -> Bool {
        (lhs.sortValue, lhs.key) < (rhs.sortValue, rhs.key)
    }
}

/// A request for one window of orders.
public struct OrderPageRequest: Sendable, Hashable {
    public enum Direction: Sendable, Hashable {
        /// The first rows.
        case first
        /// The rows after a cursor.
        case after(OrderCursor)
        /// The rows before a cursor (returned in list order).
        case before(OrderCursor)
        /// The last rows (returned in list order).
        case last
    }

    public var buyer: UserID
    public var tab: OrderTab
    public var filter: String
    public var sort: OrderSort
    public var direction: Direction
    public var limit: Int

    public init(buyer: UserID, tab: OrderTab, filter: String, sort: OrderSort, direction: Direction, limit: Int) {
        self.buyer = buyer
        self.tab = tab
        self.filter = filter
        self.sort = sort
        self.direction = direction
        self.limit = limit
    }
}

/// One row of "My orders".
public struct OrderListRow: Sendable, Hashable {
    public var id: OrderID
    public var title: String
    public var shopName: String
    public var total: Money
    public var status: OrderStatus
    public var dispute: DisputeID?
    public var disputeIsOpen: Bool
    /// When buyer protection ends; nil once it no longer matters (completed, refunded, closed).
    public var protectionEnd: Date?
    /// The row's key in the current sort, for the next keyset page.
    public var cursor: OrderCursor

    public init(id: OrderID, title: String, shopName: String, total: Money, status: OrderStatus, dispute: DisputeID?,
                disputeIsOpen: Bool, protectionEnd: Date?, cursor: OrderCursor) {
        self.id = id
        self.title = title
        self.shopName = shopName
        self.total = total
        self.status = status
        self.dispute = dispute
        self.disputeIsOpen = disputeIsOpen
        self.protectionEnd = protectionEnd
        self.cursor = cursor
    }
}

/// Everything the order page shows.
public struct OrderDetail: Sendable, Hashable {
    public var order: Order
    public var version: Int
    public var shopName: String
    public var events: [OrderEvent]
    /// The order's dispute, when it has one.
    public var dispute: Dispute?

    public init(order: Order, version: Int, shopName: String, events: [OrderEvent], dispute: Dispute?) {
        self.order = order
        self.version = version
        self.shopName = shopName
        self.events = events
        self.dispute = dispute
    }
}

/// Everything the dispute page shows.
public struct DisputeDetailView: Sendable, Hashable {
    public var dispute: Dispute
    public var version: Int
    public var order: Order
    public var events: [DisputeEvent]
    public var shopName: String

    public init(dispute: Dispute, version: Int, order: Order, events: [DisputeEvent], shopName: String) {
        self.dispute = dispute
        self.version = version
        self.order = order
        self.events = events
        self.shopName = shopName
    }
}

/// One notification in the inbox.
public struct InboxItem: Sendable, Hashable {
    public var key: Int64
    public var disputeID: DisputeID?
    public var at: Date
    public var title: String
    public var text: String
    public var isRead: Bool

    public init(key: Int64, disputeID: DisputeID?, at: Date, title: String, text: String, isRead: Bool) {
        self.key = key
        self.disputeID = disputeID
        self.at = at
        self.title = title
        self.text = text
        self.isRead = isRead
    }
}

extension BuyerData {
    public func account(matching request: SignInRequest) throws -> ConsoleAccount? {
        try accounts().first(where: request.matches)
    }
}
