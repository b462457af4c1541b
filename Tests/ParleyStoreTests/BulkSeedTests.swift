import Foundation
import GRDB
import ParleyCore
import Testing
@testable import ParleyStore

@Suite struct BulkSeedTests {
    /// The seed makes each disputed order a second time (from a copy of its random generator) to
    /// open its dispute, instead of reading it back: the dispute must be opened on exactly the order
    /// that was stored, which then carries the dispute. The columns an order's later writes leave
    /// alone (buyer, shop, amount, payment time) still hold what the seed first wrote.
    @Test func everySeededDisputeIsOpenedOnTheOrderStoredForIt() throws {
        let fixture = try StoreFixture()
        let summary = try BulkSeeder.seed(fixture.store, orders: 900, disputes: 300, seed: 9, now: MarketFixture.now)
        #expect(summary.orders == 900 && summary.disputes == 300)
        let ids = try fixture.store.read { db in try String.fetchAll(db, sql: "SELECT id FROM dispute WHERE id LIKE 'D-S9-%' ORDER BY id") }
        #expect(ids.count == 300)
        for id in ids {
            let dispute = try fixture.store.dispute(DisputeID(id)).dispute
            let stored = try fixture.store.order(dispute.orderID)
            let first = try #require(try fixture.store.read { db in
                try Row.fetchOne(db, sql: "SELECT buyer_id, shop_id, amount_minor, paid_at FROM orders WHERE id = ?", arguments: [dispute.orderID.rawValue])
            })
            #expect(first["buyer_id"] == dispute.buyer.rawValue && first["shop_id"] == dispute.seller.rawValue, "\(id)")
            #expect(first["amount_minor"] == dispute.amountPaid.minorUnits, "\(id)")
            #expect(first["paid_at"] == stored.order.paidAt.millisecondsSince1970, "\(id)")
            #expect(stored.order.dispute == dispute.id, "\(id)")
            #expect(stored.version == 2, "\(id): written once by the seed, once more by its dispute")
            #expect(dispute.buyer == stored.order.buyer && dispute.seller == stored.order.shop, "\(id)")
            #expect(dispute.amountPaid == stored.order.amountPaid && dispute.paymentMethod == stored.order.paymentMethod, "\(id)")
            #expect(dispute.openedAt > stored.order.paidAt, "\(id)")
        }
        // Orders without a dispute are as they were made.
        let undisputed = try fixture.store.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE id LIKE 'O-S9-%' AND dispute_id IS NULL AND version = 1")
        }
        #expect(undisputed == 600)
        #expect(try fixture.store.verify().isIntact)
    }

    @Test func theSameSeedMakesTheSameRows() throws {
        let first = try StoreFixture(), second = try StoreFixture()
        for fixture in [first, second] {
            _ = try BulkSeeder.seed(fixture.store, orders: 400, disputes: 150, seed: 3, now: MarketFixture.now)
        }
        let rows = { (fixture: StoreFixture) in
            try fixture.store.read { db in
                (try String.fetchAll(db, sql: "SELECT state FROM orders WHERE id LIKE 'O-S3-%' ORDER BY id"),
                 try String.fetchAll(db, sql: "SELECT state FROM dispute WHERE id LIKE 'D-S3-%' ORDER BY id"),
                 try String.fetchAll(db, sql: "SELECT stream || kind || payload FROM event WHERE stream LIKE '%S3-%' ORDER BY stream, position"))
            }
        }
        let (orders, disputes, events) = try rows(first)
        #expect(orders.count == 400 && disputes.count == 150 && events.count > 300)
        let again = try rows(second)
        #expect(orders == again.0)
        #expect(disputes == again.1)
        #expect(events == again.2)
    }
}
