import Foundation
import ParleyCore
@testable import ParleyStore

/// Small hand-made marketplaces for tests that change data.
enum MarketFixture {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // a fixed "now" (Nov 2026)
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 3, count: 40))

    /// A delivered order, paid 20 days ago, open to a dispute now.
    static func deliveredOrder(_ number: Int, buyer: String = "amara", shop: String = "northwind", currency: Currency = .usd) throws -> (Order, [OrderEvent]) {
        let policy = Policy.default
        let paid = now.adding(days: -20)
        var order = Order(id: OrderID("O-\(number)"), buyer: UserID(buyer), shop: ShopID(shop), title: "Earbuds \(number)",
                          category: .electronics, amountPaid: Money(minorUnits: 4_000, currency: currency), paymentMethod: .card,
                          paidAt: paid, shippingMethod: .standard)
        var events = try order.apply(.ship(trackingNumber: "LP\(number)", method: .standard), by: .seller(ShopID(shop)), at: paid.adding(days: 1), policy: policy)
        events += try order.apply(.addTrackingEvent(TrackingEvent(at: paid.adding(days: 3), kind: .inTransit, text: "Departed")), by: .system, at: paid.adding(days: 3), policy: policy)
        events += try order.apply(.addTrackingEvent(TrackingEvent(at: paid.adding(days: 10), kind: .delivered, text: "Delivered")), by: .system, at: paid.adding(days: 10), policy: policy)
        return (order, events)
    }

    /// A store with two people, one delivered order and nothing else.
    static func storeWithOrder(_ fixture: StoreFixture, number: Int = 1) throws -> OrderID {
        let store = fixture.store
        if try store.buyers().isEmpty {
            try store.addBuyer(Person(id: "amara", name: "Amara Okafor", country: "NG"))
            try store.addShop(Person(id: "northwind", name: "Northwind Electronics", country: "CN"))
        }
        let (order, events) = try deliveredOrder(number)
        try store.insert(order, events: events)
        return order.id
    }

    /// Opens a refund-only dispute with one photo on an order made by `storeWithOrder`.
    static func openDispute(_ store: Store, on orderID: OrderID, at instant: Date = now) throws -> DisputeSnapshot {
        let photo = try store.prepareEvidence(data: png, name: "box.png")
        let draft = DisputeDraft(received: true, reason: .damaged, resolution: .refundOnly, amountText: "30.00",
                                 description: "The box was crushed and the case is cracked.", evidence: [photo])
        let order = try store.order(orderID)
        return try store.openDispute(onOrder: orderID, draft: draft, by: .buyer(order.order.buyer), at: instant, expectedOrderVersion: order.version)
    }
}
