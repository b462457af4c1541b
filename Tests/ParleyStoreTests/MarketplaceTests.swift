import Foundation
import GRDB
import ParleyCore
import Testing
@testable import ParleyStore

@Suite struct MarketplaceTests {
    let now = MarketFixture.now

    @Test func anOrderReadsBackEqualWithItsHistory() throws {
        let fixture = try StoreFixture()
        let (order, events) = try MarketFixture.deliveredOrder(7)
        try fixture.store.insert(order, events: events)
        let loaded = try fixture.store.order(order.id)
        #expect(loaded.order == order)
        #expect(loaded.version == 1)
        #expect(try fixture.store.orderEvents(order.id) == events)
    }

    @Test func anOpenedDisputeReadsBackEqualWithItsEventsAndNotifications() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let opened = try MarketFixture.openDispute(fixture.store, on: orderID)
        let detail = try fixture.store.disputeDetail(opened.dispute.id)
        #expect(detail.dispute == opened.dispute)
        guard case .opened(let opening)? = detail.events.first?.kind else {
            Issue.record("the first event is not the opening")
            return
        }
        #expect(opening.orderID == orderID)
        #expect(Dispute.replay(detail.events) == opened.dispute)
        #expect(detail.order.disputeIsOpen)
        #expect(detail.shopName == "Northwind Electronics")
        let evidence = try #require(detail.dispute.evidence.first)
        #expect(FileManager.default.contents(atPath: try #require(detail.evidencePaths[evidence.sha256])) == MarketFixture.png)
        #expect(try fixture.store.unreadNotificationCount(for: .seller("northwind")) > 0)
        #expect(try fixture.store.verify().isIntact)
    }

    @Test func oneDisputePerOrder() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        _ = try MarketFixture.openDispute(fixture.store, on: orderID)
        #expect(throws: (any Error).self) { try MarketFixture.openDispute(fixture.store, on: orderID) }
        // The unique index refuses it even past the store's own check.
        #expect(throws: DatabaseError.self) {
            try fixture.store.database.write { db in
                try db.execute(sql: """
                    INSERT INTO dispute (id, order_id, buyer_id, shop_id, reason, stage, is_open, claimed_minor, currency, opened_at,
                                         last_event_at, shop_sort, escalated, decision_sort, version, state)
                    SELECT 'D-9', order_id, buyer_id, shop_id, reason, stage, is_open, claimed_minor, currency, opened_at,
                           last_event_at, shop_sort, escalated, decision_sort, 1, state FROM dispute
                    """)
            }
        }
    }

    @Test func aDisputeActionChangesStateEventsAndVersionTogether() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let opened = try MarketFixture.openDispute(fixture.store, on: orderID)
        let after = try fixture.store.perform(.accept(.buyer), onDispute: opened.dispute.id, by: .seller("northwind"),
                                              at: now.addingTimeInterval(3_600), expectedVersion: opened.version)
        #expect(after.version == opened.version + 1)
        #expect(try fixture.store.dispute(opened.dispute.id) == after)
        let events = try fixture.store.disputeDetail(opened.dispute.id).events
        #expect(Dispute.replay(events) == after.dispute)
        // The agreed refund reached the order in the same transaction.
        #expect(try fixture.store.order(orderID).order.refund?.amount == Money(minorUnits: 3_000, currency: .usd))
    }

    @Test func aRefusedActionWritesNothing() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let opened = try MarketFixture.openDispute(fixture.store, on: orderID)
        let eventsBefore = try fixture.store.verify().eventsChecked
        // A buyer cannot accept their own proposal.
        #expect(throws: DisputeError.self) {
            try fixture.store.perform(.accept(.buyer), onDispute: opened.dispute.id, by: .buyer("amara"), at: now, expectedVersion: opened.version)
        }
        #expect(try fixture.store.dispute(opened.dispute.id) == opened)
        #expect(try fixture.store.verify().eventsChecked == eventsBefore)
    }

    @Test func twoConnectionsActingOnOneDisputeConflict() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let opened = try MarketFixture.openDispute(fixture.store, on: orderID)
        // A second console: its own connection to the same file.
        let second = try Store.open(fixture.folder.location())
        let seenBySecond = try second.dispute(opened.dispute.id)
        let sellerAccepted = try fixture.store.perform(.accept(.buyer), onDispute: opened.dispute.id, by: .seller("northwind"),
                                                       at: now.addingTimeInterval(60), expectedVersion: opened.version)
        let eventsBefore = try second.verify().eventsChecked
        #expect {
            try second.perform(.sendMessage("Is anyone there?"), onDispute: opened.dispute.id, by: .buyer("amara"),
                               at: now.addingTimeInterval(120), expectedVersion: seenBySecond.version)
        } throws: { error in
            guard case StoreError.conflict(let message) = error else { return false }
            return message.contains("changed by someone else") && message.contains("Nothing was saved")
        }
        #expect(try second.dispute(opened.dispute.id) == sellerAccepted)
        #expect(try second.verify().eventsChecked == eventsBefore)
    }

    @Test func anOrderActionIsGuardedByItsVersionToo() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let loaded = try fixture.store.order(orderID)
        _ = try fixture.store.perform(.confirmReceipt, onOrder: orderID, by: .buyer("amara"), at: now, expectedVersion: loaded.version)
        #expect(throws: StoreError.self) {
            try fixture.store.perform(.requestExtension(days: 5), onOrder: orderID, by: .buyer("amara"), at: now, expectedVersion: loaded.version)
        }
    }

    @Test func notificationsAreReadPerRecipientOnly() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        _ = try MarketFixture.openDispute(fixture.store, on: orderID)
        let seller = Actor.seller("northwind")
        let unread = try fixture.store.unreadNotificationCount(for: seller)
        #expect(unread > 0)
        let first = try #require(try fixture.store.notifications(for: seller).first)
        // Another person cannot mark the seller's notification read.
        try fixture.store.markNotificationsRead(for: .buyer("amara"), keys: [first.key])
        #expect(try fixture.store.unreadNotificationCount(for: seller) == unread)
        try fixture.store.markNotificationsRead(for: seller, keys: [first.key])
        #expect(try fixture.store.unreadNotificationCount(for: seller) == unread - 1)
        try fixture.store.markNotificationsRead(for: seller)
        #expect(try fixture.store.unreadNotificationCount(for: seller) == 0)
    }
}

@Suite struct FastOrderJSONTests {
    @Test func theSeedersHandWrittenJSONReadsBackAsTheSameOrder() throws {
        var random = SeededRandom(seed: 9)
        let now = MarketFixture.now
        for number in 1...200 {
            let order = SeedOrders.order(number: number, disputed: number % 7 == 0, prefix: "T", buyers: 20, shops: 8, now: now,
                                         policy: .default, random: &random)
            let decoded = try JSONDecoder().decode(Order.self, from: Data(try FastOrderJSON.encode(order).utf8))
            #expect(decoded == order)
        }
    }

    @Test func awkwardTextIsEscaped() throws {
        var (order, _) = try MarketFixture.deliveredOrder(1)
        order.title = "Quote \" backslash \\ newline \n tab \t bell \u{7} emoji 🎧 rtl \u{202E}"
        let decoded = try JSONDecoder().decode(Order.self, from: Data(try FastOrderJSON.encode(order).utf8))
        #expect(decoded == order)
    }
}

@Suite struct SandboxTests {
    @Test func theSandboxIsACopyThatNeverWritesBack() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let opened = try MarketFixture.openDispute(fixture.store, on: orderID)
        let sandbox = try fixture.store.makeSandboxCopy()
        #expect(sandbox.location.path != fixture.store.location.path)
        #expect(try sandbox.dispute(opened.dispute.id) == opened)
        try sandbox.sweep(to: MarketFixture.now.adding(days: 30))
        #expect(try sandbox.dispute(opened.dispute.id) != opened)
        #expect(try fixture.store.dispute(opened.dispute.id) == opened)
        let evidence = try #require(opened.dispute.evidence.first)
        #expect(FileManager.default.fileExists(atPath: sandbox.evidence.path(forSHA256: evidence.sha256)))
    }
}
