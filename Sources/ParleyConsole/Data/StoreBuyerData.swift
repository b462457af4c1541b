import Foundation
import ParleyCore
import ParleyStore

/// `BuyerData` over the Parley store: the buyer's screens read and write through this adapter only.
/// It also enforces who may see what, logging refusals to the store's access log.
public final class StoreBuyerData: BuyerData {
    public let store: Store
    public let policy: Policy

    public init(store: Store, policy: Policy) {
        self.store = store
        self.policy = policy
    }

    public func accounts() throws -> [ConsoleAccount] {
        try allAccounts(buyerSummary: buyerSummary)
    }

    /// `--as`: looks up only the account asked for (through the store's indexes), and counts only its
    /// orders; reading every account for a role picker that is never shown cost seconds at scale.
    public func account(matching request: SignInRequest) throws -> ConsoleAccount? {
        switch request.role {
        case .buyer:
            guard let person = try store.person(role: .buyer, signInName: request.name) else { return nil }
            return ConsoleAccount(session: .buyer(UserID(person.id), name: person.name), summary: try buyerSummary(person))
        case .seller:
            guard let shop = try store.person(role: .seller, signInName: request.name) else { return nil }
            return ConsoleAccount(session: .seller(ShopID(shop.id), name: shop.name), summary: "shop · \(shop.country)")
        case .staff:
            return try store.staffAccounts().map(Self.account(staff:)).first(where: request.matches)
        }
    }

    private func buyerSummary(_ person: Person) throws -> String {
        let counts = try store.buyerTabCounts(UserID(person.id))
        let all = counts[.all] ?? 0
        let disputes = counts[.inDispute] ?? 0
        return "\(all) \(all == 1 ? "order" : "orders")" + (disputes > 0 ? ", \(disputes) in dispute" : "") + " · \(person.country)"
    }

    private func allAccounts(buyerSummary: (Person) throws -> String) throws -> [ConsoleAccount] {
        var accounts: [ConsoleAccount] = []
        for person in try store.buyers() {
            accounts.append(ConsoleAccount(session: .buyer(UserID(person.id), name: person.name), summary: try buyerSummary(person)))
        }
        for shop in try store.shops() {
            accounts.append(ConsoleAccount(session: .seller(ShopID(shop.id), name: shop.name), summary: "shop · \(shop.country)"))
        }
        accounts += try store.staffAccounts().map(Self.account(staff:))
        return accounts
    }

    private static func account(staff: StaffAccount) -> ConsoleAccount {
        ConsoleAccount(session: .staff(StaffID(staff.name), name: staff.displayName), summary: "mediator")
    }

    public var orderSorts: [OrderSort] { [.newest] }

    /// With a filter the counts come from the matching rows, up to this many.
    static let filteredCountLimit = 10_000

    public func orderCounts(buyer: UserID, filter: String, at instant: Date) throws -> [OrderTab: Int] {
        var counts: [OrderTab: Int] = Dictionary(uniqueKeysWithValues: OrderTab.allCases.map { ($0, 0) })
        if filter.trimmingSpaces.isEmpty {
            for (tab, count) in try store.buyerTabCounts(buyer) {
                counts[Self.tab(tab), default: 0] += tab == .all ? 0 : count
            }
            counts[.all] = counts.filter { $0.key != .all }.values.reduce(0, +)
            return counts
        }
        let rows = try store.buyerOrders(buyer, tab: .all, filter: filter, window: .first(Self.filteredCountLimit))
        for row in rows { counts[Self.tab(row.tab), default: 0] += 1 }
        counts[.all] = rows.count
        return counts
    }

    public func orderPage(_ request: OrderPageRequest, at instant: Date) throws -> [OrderListRow] {
        let window: WindowRequest<ListCursor>
        switch request.direction {
        case .first: window = .first(request.limit)
        case .last: window = .last(request.limit)
        case .after(let cursor): window = .after(ListCursor(sortValue: cursor.sortValue, key: cursor.key), request.limit)
        case .before(let cursor): window = .before(ListCursor(sortValue: cursor.sortValue, key: cursor.key), request.limit)
        }
        let filter = request.filter.trimmingSpaces
        return try store.buyerOrders(request.buyer, tab: Self.storeTab(request.tab), filter: filter.isEmpty ? nil : filter, window: window)
            .map { row in
                OrderListRow(id: row.id, title: row.title, shopName: row.shopName, total: row.amount, status: row.status,
                             dispute: row.disputeID, disputeIsOpen: row.tab == .inDispute,
                             protectionEnd: row.status.isSettled ? nil : row.protectionEnd,
                             cursor: OrderCursor(sortValue: row.cursor.sortValue, key: row.cursor.key))
            }
    }

    public func order(_ id: OrderID, for actor: Actor) throws -> OrderDetail {
        let snapshot = try store.order(id)
        let order = snapshot.order
        guard actor == .buyer(order.buyer) || actor == .seller(order.shop) || actor.role == .staff else {
            throw refuse(actor, "see order \(id)", "Order \(id) is not yours; you can only see your own orders.")
        }
        let shopName = try store.shops().first { $0.id == order.shop.rawValue }?.name ?? order.shop.rawValue
        return OrderDetail(order: order, version: snapshot.version, shopName: shopName, events: try store.orderEvents(id),
                           dispute: try store.dispute(ofOrder: id)?.dispute)
    }

    public func dispute(_ id: DisputeID, for actor: Actor) throws -> DisputeDetailView {
        let detail = try store.disputeDetail(id)
        let dispute = detail.dispute
        guard actor == .buyer(dispute.buyer) || actor == .seller(dispute.seller) || actor.role == .staff else {
            throw refuse(actor, "see dispute \(id)", "Dispute \(id) is not yours; you can only see disputes of your own orders.")
        }
        let events = actor.role == .staff ? detail.events : detail.events.filter(\.isVisibleToParties)
        return DisputeDetailView(dispute: dispute, version: detail.version, order: detail.order, events: events, shopName: detail.shopName)
    }

    public func openDispute(order: OrderID, draft: DisputeDraft, by actor: Actor, at instant: Date, expectedOrderVersion: Int) throws -> DisputeID {
        try store.openDispute(onOrder: order, draft: draft, by: actor, at: instant, expectedOrderVersion: expectedOrderVersion).dispute.id
    }

    public func perform(_ action: DisputeAction, on dispute: DisputeID, by actor: Actor, at instant: Date, expectedVersion: Int) throws {
        _ = try store.perform(action, onDispute: dispute, by: actor, at: instant, expectedVersion: expectedVersion)
    }

    public func perform(_ action: OrderAction, on order: OrderID, by actor: Actor, at instant: Date, expectedVersion: Int) throws {
        _ = try store.perform(action, onOrder: order, by: actor, at: instant, expectedVersion: expectedVersion)
    }

    public func prepareEvidence(path: String) throws -> EvidenceUpload {
        try store.prepareEvidence(path: path)
    }

    public func notifications(for actor: Actor, limit: Int) throws -> [InboxItem] {
        try store.notifications(for: actor, limit: limit).map {
            InboxItem(key: $0.key, disputeID: $0.disputeID, at: $0.at, title: $0.title, text: $0.text, isRead: $0.isRead)
        }
    }

    public func notificationCount(for actor: Actor) throws -> NotificationCount {
        NotificationCount(unread: try store.unreadNotificationCount(for: actor, limit: UnreadBadge.countLimit),
                          newest: try store.newestNotificationKey(for: actor))
    }

    public func markRead(for actor: Actor, keys: [Int64]) throws {
        try store.markNotificationsRead(for: actor, keys: keys)
    }

    public func sweep(at instant: Date, atMost: Int) throws -> SweepProgress {
        let report = try store.sweep(to: instant, atMost: atMost)
        return SweepProgress(changed: report.disputesChanged + report.ordersChanged, isComplete: report.isComplete)
    }

    // MARK: Helpers

    private func refuse(_ actor: Actor, _ attempted: String, _ message: String) -> StoreError {
        try? store.recordRefusal(at: Date(), actor: ActorText.text(actor), attempted: attempted, reason: message)
        return .invalidInput(message)
    }

    static func tab(_ tab: ParleyStore.OrderTab) -> OrderTab {
        switch tab {
        case .all: return .all
        case .awaitingDelivery: return .awaitingDelivery
        case .other: return .delivered
        case .inDispute: return .inDispute
        case .completed: return .completed
        }
    }

    static func storeTab(_ tab: OrderTab) -> ParleyStore.OrderTab {
        switch tab {
        case .all: return .all
        case .awaitingDelivery: return .awaitingDelivery
        case .delivered: return .other
        case .inDispute: return .inDispute
        case .completed: return .completed
        }
    }
}
