import Foundation
import ParleyCore
import Testing
@testable import ParleyStore

@Suite struct SweepTests {
    let now = MarketFixture.now
    let policy = Policy.default

    @Test func nothingDueMeansNothingChanges() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let opened = try MarketFixture.openDispute(fixture.store, on: orderID)
        #expect(try fixture.store.nextDeadline() == opened.dispute.pendingDeadline?.due)
        let report = try fixture.store.sweep(to: now.addingTimeInterval(60))
        #expect(report.didNothing)
        #expect(try fixture.store.dispute(opened.dispute.id) == opened)
    }

    @Test func aMissedSellerDeadlineIsAppliedOnceWithTheDomainsConsequence() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let opened = try MarketFixture.openDispute(fixture.store, on: orderID)
        let late = now.adding(days: policy.sellerResponseDays + 1)
        let report = try fixture.store.sweep(to: late)
        #expect(report.disputesChanged == 1)
        #expect(report.lines.contains { $0.hasPrefix(opened.dispute.id.rawValue) })
        var expected = opened.dispute
        _ = expected.advance(to: late, policy: policy)
        #expect(try fixture.store.dispute(opened.dispute.id).dispute == expected)
        #expect(try fixture.store.order(orderID).order.refund != nil)
        // Idempotent: a second sweep to the same instant does nothing.
        #expect(try fixture.store.sweep(to: late).disputesChanged == 0)
        #expect(try fixture.store.verify().isIntact)
    }

    /// A sweep borrows a bigger page cache for its batches; the console's connection must get its
    /// usual (small) cache back, or every console that once caught up would keep 64 MB.
    @Test func aSweepGivesTheConnectionItsUsualPageCacheBack() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        _ = try MarketFixture.openDispute(fixture.store, on: orderID)
        let cacheSize = { try fixture.store.write { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } }
        let usual = try cacheSize()
        #expect(usual != Store.sweepCacheSize)
        let report = try fixture.store.sweep(to: now.adding(days: policy.sellerResponseDays + 1))
        #expect(report.disputesChanged == 1)
        #expect(try cacheSize() == usual)
    }

    @Test func sweepingInStepsEqualsSweepingAtOnce() throws {
        let stepwise = try StoreFixture()
        let atOnce = try StoreFixture()
        var ids: [DisputeID] = []
        for fixture in [stepwise, atOnce] {
            let orderID = try MarketFixture.storeWithOrder(fixture)
            ids.append(try MarketFixture.openDispute(fixture.store, on: orderID).dispute.id)
        }
        let end = now.adding(days: 40)
        var instant = now
        while instant < end {
            instant = instant.addingTimeInterval(7 * 3_600)
            try stepwise.store.sweep(to: instant)
        }
        try stepwise.store.sweep(to: end)
        try atOnce.store.sweep(to: end)
        #expect(try stepwise.store.dispute(ids[0]).dispute == atOnce.store.dispute(ids[1]).dispute)
        #expect(try stepwise.store.order(OrderID("O-1")).order == atOnce.store.order(OrderID("O-1")).order)
    }

    @Test func ordersAreConfirmedAndReleasedWhenProtectionEnds() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let order = try fixture.store.order(orderID).order
        let afterGrace = order.graceEnd(policy: policy).addingTimeInterval(1)
        let report = try fixture.store.sweep(to: afterGrace)
        #expect(report.ordersChanged == 1)
        #expect(try fixture.store.order(orderID).order.status == .completed)
        #expect(try fixture.store.nextDeadline() == nil)
    }
}

/// A big batch of due disputes is worked out on a second thread while the first writes; small ones
/// are swept one by one on the writer. Both must leave exactly the same database.
@Suite struct BigSweepTests {
    static let now = MarketFixture.now
    static let horizon = now.adding(days: 8)

    static func seeded() throws -> StoreFixture {
        let fixture = try StoreFixture()
        _ = try BulkSeeder.seed(fixture.store, orders: 300, disputes: 200, seed: 4, now: now)
        return fixture
    }

    static func contents(of store: Store) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: "SELECT id || version || state FROM dispute ORDER BY id")
                + String.fetchAll(db, sql: "SELECT id || version || state || IFNULL(next_deadline, '-') FROM orders ORDER BY id")
                + String.fetchAll(db, sql: "SELECT stream || position || hash FROM event ORDER BY stream, position")
                + String.fetchAll(db, sql: "SELECT recipient || dispute_id || event_sequence || at || title || text FROM notification ORDER BY 1")
        }
    }

    @Test func aBigBatchLeavesWhatOneByOneLeaves() throws {
        let big = try Self.seeded(), small = try Self.seeded()
        let bigReport = try big.store.sweep(to: Self.horizon, batchSize: 2_000)
        // Batches below the threshold take the one-by-one path.
        let smallReport = try small.store.sweep(to: Self.horizon, batchSize: Store.disputesWorthASecondCore / 4)
        #expect(bigReport.disputesChanged > Store.disputesWorthASecondCore)
        #expect(bigReport == smallReport)
        #expect(try Self.contents(of: big.store) == Self.contents(of: small.store))
        #expect(try big.store.verify().isIntact)
        #expect(try big.store.sweep(to: Self.horizon).didNothing)
    }

    /// A console catching up on a backlog sweeps a slice at a time: each call visits at most `atMost`
    /// due rows and says whether more is due, and the slices together leave what one sweep leaves.
    @Test func slicesLeaveWhatOneSweepLeaves() throws {
        let whole = try Self.seeded(), sliced = try Self.seeded()
        let report = try whole.store.sweep(to: Self.horizon)
        var slices: [SweepReport] = []
        repeat {
            slices.append(try sliced.store.sweep(to: Self.horizon, atMost: 50))
        } while slices.last?.isComplete == false && slices.count < 100
        #expect(report.disputesChanged > 50)
        #expect(slices.count >= 2)
        #expect(slices.dropLast().allSatisfy { !$0.isComplete }, "every slice but the last says more is due")
        #expect(slices.last?.isComplete == true)
        #expect(slices.allSatisfy { $0.disputesChanged + $0.ordersChanged <= 50 })
        #expect(slices.map(\.disputesChanged).reduce(0, +) == report.disputesChanged)
        #expect(slices.map(\.ordersChanged).reduce(0, +) == report.ordersChanged)
        #expect(try Self.contents(of: sliced.store) == Self.contents(of: whole.store))
        #expect(try sliced.store.verify().isIntact)
        #expect(try sliced.store.sweep(to: Self.horizon, atMost: 50).didNothing)
    }

    /// A dispute whose stored state cannot be read stops the sweep with an error, and nothing of
    /// its batch is written: the disputes worked out before it are rolled back with it.
    @Test func anUnreadableDisputeStopsTheSweepAndItsBatchIsNotWritten() throws {
        let fixture = try Self.seeded()
        let before = try Self.contents(of: fixture.store)
        let last = try #require(try fixture.store.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM dispute WHERE next_deadline <= ? ORDER BY next_deadline DESC, key DESC LIMIT 1",
                                arguments: [Self.horizon.millisecondsSince1970])
        })
        try fixture.store.write { db in try db.execute(sql: "UPDATE dispute SET state = '{\"broken\":' WHERE id = ?", arguments: [last]) }
        let damaged = try Self.contents(of: fixture.store)
        #expect(damaged != before)
        #expect(throws: (any Error).self) { try fixture.store.sweep(to: Self.horizon, batchSize: 2_000) }
        #expect(try Self.contents(of: fixture.store) == damaged)
    }
}
