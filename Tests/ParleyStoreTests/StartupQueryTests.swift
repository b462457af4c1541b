import Foundation
import GRDB
import ParleyCore
import Testing
@testable import ParleyStore

/// The reads the console makes before its first frame: they must give the same answers as counting
/// and searching everything, without doing so.
@Suite struct StartupQueryTests {
    /// Every buyer's tab counts, counted the slow way from the orders themselves.
    private func countedTabs(_ store: Store) throws -> [String: [OrderTab: Int]] {
        let rows = try store.database.read { db in try Row.fetchAll(db, sql: "SELECT buyer_id, tab, COUNT(*) FROM orders GROUP BY buyer_id, tab") }
        var counts: [String: [OrderTab: Int]] = [:]
        for row in rows {
            let buyer: String = row[0], count: Int = row[2]
            guard let tab = OrderTab(rawValue: row[1]) else { continue }
            counts[buyer, default: Dictionary(uniqueKeysWithValues: OrderTab.allCases.map { ($0, 0) })][tab] = count
            counts[buyer]?[.all, default: 0] += count
        }
        return counts
    }

    private func expectKeptCountsMatchTheOrders(_ store: Store) throws {
        let counted = try countedTabs(store)
        #expect(!counted.isEmpty)
        for (buyer, tabs) in counted {
            #expect(try store.buyerTabCounts(UserID(buyer)) == tabs, "tab counts of \(buyer)")
        }
    }

    @Test func keptTabCountsFollowEveryWriteAndEveryDeadline() throws {
        let fixture = try StoreFixture()
        _ = try DemoData.fill(fixture.store, now: MarketFixture.now)
        try expectKeptCountsMatchTheOrders(fixture.store)
        // A month of deadlines moves orders between tabs (confirmed, released, refunded).
        let before = try countedTabs(fixture.store)
        let report = try fixture.store.sweep(to: MarketFixture.now.adding(days: 30))
        #expect(report.ordersChanged > 0)
        #expect(try countedTabs(fixture.store) != before)
        try expectKeptCountsMatchTheOrders(fixture.store)
    }

    @Test func upgradingADatabaseCountsTheOrdersItAlreadyHolds() throws {
        let fixture = try StoreFixture()
        _ = try DemoData.fill(fixture.store, now: MarketFixture.now)
        try fixture.store.database.write { db in
            // As a database from before the counts existed: orders, no counts, no triggers.
            try db.execute(sql: """
                DROP TRIGGER buyer_tab_count_on_insert; DROP TRIGGER buyer_tab_count_on_update;
                DROP TRIGGER buyer_tab_count_on_delete; DROP TABLE buyer_tab_count;
                """)
            try TabCountMigration.apply(db)
        }
        try expectKeptCountsMatchTheOrders(fixture.store)
    }

    @Test func signingInFindsTheAccountByIdNameOrFirstName() throws {
        let demo = try DemoDatabase.shared.get()
        let store = demo.store
        #expect(try store.person(role: .buyer, signInName: "amara")?.name == "Amara Okafor")
        #expect(try store.person(role: .buyer, signInName: "AMARA")?.name == "Amara Okafor")
        #expect(try store.person(role: .buyer, signInName: "Lukas Schmidt")?.id == "lukas")
        #expect(try store.person(role: .buyer, signInName: "lukas schmidt")?.id == "lukas")
        #expect(try store.person(role: .seller, signInName: "northwind")?.name == "Northwind Electronics")
        // Part of a word, or LIKE's wildcards, name nobody.
        #expect(try store.person(role: .buyer, signInName: "ama") == nil)
        #expect(try store.person(role: .buyer, signInName: "%") == nil)
        #expect(try store.person(role: .buyer, signInName: "_mara") == nil)
        // A shop's name does not sign anyone in as a buyer, nor a buyer's as a shop.
        #expect(try store.person(role: .buyer, signInName: "northwind") == nil)
        #expect(try store.person(role: .seller, signInName: "amara") == nil)
        #expect(try store.person(role: .staff, signInName: "amara") == nil)
    }

    @Test func theUnreadCountStopsAtItsLimit() throws {
        let demo = try DemoDatabase.shared.get()
        let seller = Actor.seller("northwind")
        let all = try demo.store.unreadNotificationCount(for: seller)
        #expect(all > 1)
        #expect(try demo.store.unreadNotificationCount(for: seller, limit: 1) == 1)
        #expect(try demo.store.unreadNotificationCount(for: seller, limit: all + 5) == all)
    }
}

/// List rows are read by column position; each field must still be the dispute's own.
@Suite struct DisputeListRowTests {
    @Test func everyFieldOfAListRowIsTheDisputesOwn() throws {
        let demo = try DemoDatabase.shared.get()
        let store = demo.store
        let rows = try store.staffQueue(window: .first(30))
            + store.shopDisputes(ShopID("northwind"), window: .first(30))
            + store.buyerDisputes(UserID("amara"), window: .first(30))
        #expect(rows.count > 10)
        let buyers = Dictionary(uniqueKeysWithValues: try store.buyers().map { ($0.id, $0.name) })
        let shops = Dictionary(uniqueKeysWithValues: try store.shops().map { ($0.id, $0.name) })
        for row in rows {
            let snapshot = try store.dispute(row.id)
            let dispute = snapshot.dispute
            let order = try store.order(dispute.orderID).order
            #expect(row.orderID == dispute.orderID && row.orderTitle == order.title)
            #expect(row.buyerID == dispute.buyer && row.buyerName == buyers[dispute.buyer.rawValue])
            #expect(row.shopID == dispute.seller && row.shopName == shops[dispute.seller.rawValue])
            #expect(row.reason == dispute.reason && row.stage == dispute.stage && row.isOpen == dispute.isOpen)
            #expect(row.claimed == dispute.buyerProposal.amount && row.openedAt == dispute.openedAt)
            #expect(row.nextDeadline == dispute.pendingDeadline?.due && row.deadlineKind == dispute.pendingDeadline?.kind)
            #expect(row.isEscalated == dispute.isEscalated && row.assignee == dispute.mediation?.assignee)
            #expect(row.decision == dispute.outcome?.decision && row.refund == dispute.outcome?.refund)
            #expect(row.version == snapshot.version)
        }
    }
}

@Suite struct OrderListRowTests {
    @Test func everyFieldOfAnOrderRowIsTheOrdersOwn() throws {
        let demo = try DemoDatabase.shared.get()
        let store = demo.store
        let shops = Dictionary(uniqueKeysWithValues: try store.shops().map { ($0.id, $0.name) })
        let rows = try store.buyerOrders(UserID("amara"), window: .first(50))
        #expect(rows.count > 3)
        for row in rows {
            let snapshot = try store.order(row.id)
            let order = snapshot.order
            #expect(row.title == order.title && row.buyerID == order.buyer && row.shopID == order.shop)
            #expect(row.shopName == shops[order.shop.rawValue] && row.amount == order.amountPaid)
            #expect(row.status == order.status && row.paidAt == order.paidAt && row.version == snapshot.version)
            #expect(row.disputeID == (try store.dispute(ofOrder: row.id))?.dispute.id)
        }
    }
}
