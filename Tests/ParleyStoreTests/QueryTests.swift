import Foundation
import GRDB
import ParleyCore
import Testing
@testable import ParleyStore

@Suite struct QueryTests {
    let demo: DemoDatabase

    init() throws {
        demo = try DemoDatabase.shared.get()
    }

    func busiestBuyer() throws -> UserID {
        UserID(try demo.store.database.read { db in
            try String.fetchOne(db, sql: "SELECT buyer_id FROM orders GROUP BY buyer_id ORDER BY COUNT(*) DESC LIMIT 1") ?? ""
        })
    }

    @Test func aBuyersOrdersPageDownNewestFirstWithoutGapsOrRepeats() throws {
        let buyer = try busiestBuyer()
        var seen: [OrderListRow] = []
        var window = try demo.store.buyerOrders(buyer, window: .first(3))
        while !window.isEmpty {
            seen += window
            window = try demo.store.buyerOrders(buyer, window: .after(window[window.count - 1].cursor, 3))
        }
        let all = try demo.store.buyerOrders(buyer, window: .first(1_000))
        #expect(seen == all)
        #expect(all.count == (try demo.store.buyerTabCounts(buyer))[.all])
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.paidAt >= $1.paidAt })
        #expect(all.allSatisfy { $0.buyerID == buyer })
    }

    @Test func theLastWindowAndPagingUpMatchTheFullList() throws {
        let buyer = try busiestBuyer()
        let all = try demo.store.buyerOrders(buyer, window: .first(1_000))
        let last = try demo.store.buyerOrders(buyer, window: .last(4))
        #expect(last == Array(all.suffix(4)))
        let above = try demo.store.buyerOrders(buyer, window: .before(last[0].cursor, 2))
        #expect(above == Array(all.dropLast(4).suffix(2)))
    }

    @Test func tabsHoldTheOrdersTheirNamesSay() throws {
        let buyer = try busiestBuyer()
        let counts = try demo.store.buyerTabCounts(buyer)
        for tab in [OrderTab.awaitingDelivery, .inDispute, .completed] {
            let rows = try demo.store.buyerOrders(buyer, tab: tab, window: .first(1_000))
            #expect(rows.count == counts[tab])
            #expect(rows.allSatisfy { $0.tab == tab })
        }
        let inDispute = try demo.store.buyerOrders(buyer, tab: .inDispute, window: .first(1_000))
        #expect(inDispute.allSatisfy { $0.disputeID != nil })
    }

    @Test func theTextFilterMatchesItemShopOrNumberLiterally() throws {
        let buyer = try busiestBuyer()
        let all = try demo.store.buyerOrders(buyer, window: .first(1_000))
        let sample = try #require(all.first)
        let byShop = try demo.store.buyerOrders(buyer, filter: sample.shopName.lowercased(), window: .first(1_000))
        #expect(byShop.contains(sample) && byShop.allSatisfy { $0.shopName == sample.shopName })
        #expect(try demo.store.buyerOrders(buyer, filter: sample.id.rawValue, window: .first(10)) == [sample])
        #expect(try demo.store.buyerOrders(buyer, filter: "%", window: .first(10)).isEmpty)
    }

    @Test func aShopsDisputesComeSoonestDeadlineFirstDecidedLast() throws {
        for shop in try demo.store.shops() {
            let rows = try demo.store.shopDisputes(ShopID(shop.id), window: .first(1_000))
            let deadlines = rows.map { $0.nextDeadline ?? .distantFuture }
            #expect(deadlines == deadlines.sorted())
            #expect(rows.allSatisfy { $0.shopID.rawValue == shop.id })
            #expect(rows.count == (try demo.store.shopDisputeCounts(ShopID(shop.id))).values.reduce(0, +))
        }
    }

    @Test func theStaffQueueHoldsOnlyEscalatedDisputesByDecisionDate() throws {
        let queue = try demo.store.staffQueue(window: .first(1_000))
        #expect(!queue.isEmpty)
        #expect(queue.allSatisfy { $0.isEscalated })
        let due = queue.map { $0.decisionDue ?? .distantFuture }
        #expect(due == due.sorted())
        let escalated = try demo.store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dispute WHERE escalated = 1") }
        #expect(queue.count == escalated)
    }

    @Test func theStaffQueueFilters() throws {
        let counterfeit = try demo.store.staffQueue(filter: StaffQueueFilter(reason: .counterfeit), window: .first(100))
        #expect(!counterfeit.isEmpty && counterfeit.allSatisfy { $0.reason == .counterfeit })
        let mediation = try demo.store.staffQueue(filter: StaffQueueFilter(stage: .mediation), window: .first(100))
        #expect(!mediation.isEmpty && mediation.allSatisfy { $0.stage == .mediation })
        let mira = try demo.store.staffQueue(filter: StaffQueueFilter(assignee: .staff("mira")), window: .first(100))
        #expect(!mira.isEmpty && mira.allSatisfy { $0.assignee == "mira" })
        let free = try demo.store.staffQueue(filter: StaffQueueFilter(assignee: .unassigned), window: .first(100))
        #expect(free.allSatisfy { $0.assignee == nil })
        let shop = try #require(mediation.first?.shopID)
        #expect(try demo.store.staffQueue(filter: StaffQueueFilter(shop: shop), window: .first(100)).allSatisfy { $0.shopID == shop })
    }

    @Test func theDashboardCountsEveryDispute() throws {
        let figures = try demo.store.dashboard(at: MarketFixture.now)
        let total = demo.summary.disputes
        #expect(figures.byStage.values.reduce(0, +) == total)
        #expect(figures.byReason.values.reduce(0, +) == total)
        #expect(figures.dueWithin24Hours > 0)
        #expect(figures.medianTimeToResolution != nil)
        #expect(figures.openedPerDay.count == 30)
    }
}
