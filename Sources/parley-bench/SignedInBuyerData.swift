import Foundation
import ParleyConsole
import ParleyCore
import ParleyStore

/// An experiment for the report: `StoreBuyerData` with `accounts()` answering only the signed-in
/// buyer (one indexed look-up and one count), as the proposed start-up fix would, to measure its effect.
final class SignedInBuyerData: BuyerData {
    let inner: StoreBuyerData
    let account: ConsoleAccount

    init(store: Store, buyer: UserID) throws {
        inner = StoreBuyerData(store: store, policy: .default)
        guard let person = try store.findPerson(role: .buyer, named: buyer.rawValue) else {
            throw BenchFailure("no buyer \(buyer) in the database")
        }
        let all = try inner.orderCounts(buyer: buyer, filter: "", at: Date(timeIntervalSince1970: 0))[.all] ?? 0
        account = ConsoleAccount(session: .buyer(buyer, name: person.name), summary: "\(all) orders")
    }

    func accounts() throws -> [ConsoleAccount] { [account] }
    var orderSorts: [OrderSort] { inner.orderSorts }
    func orderCounts(buyer: UserID, filter: String, at instant: Date) throws -> [ParleyConsole.OrderTab: Int] {
        try inner.orderCounts(buyer: buyer, filter: filter, at: instant)
    }
    func orderPage(_ request: OrderPageRequest, at instant: Date) throws -> [ParleyConsole.OrderListRow] { try inner.orderPage(request, at: instant) }
    func order(_ id: OrderID, for actor: Actor) throws -> OrderDetail { try inner.order(id, for: actor) }
    func dispute(_ id: DisputeID, for actor: Actor) throws -> DisputeDetailView { try inner.dispute(id, for: actor) }
    func openDispute(order: OrderID, draft: DisputeDraft, by actor: Actor, at instant: Date, expectedOrderVersion: Int) throws -> DisputeID {
        try inner.openDispute(order: order, draft: draft, by: actor, at: instant, expectedOrderVersion: expectedOrderVersion)
    }
    func perform(_ action: DisputeAction, on dispute: DisputeID, by actor: Actor, at instant: Date, expectedVersion: Int) throws {
        try inner.perform(action, on: dispute, by: actor, at: instant, expectedVersion: expectedVersion)
    }
    func perform(_ action: OrderAction, on order: OrderID, by actor: Actor, at instant: Date, expectedVersion: Int) throws {
        try inner.perform(action, on: order, by: actor, at: instant, expectedVersion: expectedVersion)
    }
    func prepareEvidence(path: String) throws -> EvidenceUpload { try inner.prepareEvidence(path: path) }
    func notifications(for actor: Actor, limit: Int) throws -> [InboxItem] { try inner.notifications(for: actor, limit: limit) }
    func unreadCount(for actor: Actor) throws -> Int { try inner.unreadCount(for: actor) }
    func markRead(for actor: Actor, keys: [Int64]) throws { try inner.markRead(for: actor, keys: keys) }
    func sweep(at instant: Date) throws -> Int { try inner.sweep(at: instant) }
}
