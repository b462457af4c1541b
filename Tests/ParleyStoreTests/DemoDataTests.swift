import Foundation
import GRDB
import ParleyCore
import Testing
@testable import ParleyStore

/// One demo database shared by the read-only tests below (filling it runs thousands of rule steps).
final class DemoDatabase: Sendable {
    static let shared: Result<DemoDatabase, any Error> = Result { try DemoDatabase() }

    let folder: String
    let store: Store
    let summary: DemoSummary

    init() throws {
        folder = NSTemporaryDirectory() + "parley-demo-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = try Store.open(DatabaseLocation(path: folder + "/parley.sqlite", source: .flag))
        summary = try DemoData.fill(store, now: MarketFixture.now)
    }

    func strings(_ sql: String) throws -> Set<String> {
        try store.database.read { db in Set(try String.fetchAll(db, sql: sql)) }
    }
}

@Suite struct DemoDataTests {
    let demo: DemoDatabase
    let now = MarketFixture.now

    init() throws {
        demo = try DemoDatabase.shared.get()
    }

    @Test func everyScriptedStepFollowsTheRules() {
        #expect(demo.summary.refusedSteps == [])
    }

    @Test func theMarketplaceHasTheAdvertisedSize() throws {
        #expect(try demo.store.buyers().count == 20)
        #expect(try demo.store.shops().count == 8)
        #expect(demo.summary.orders >= 200)
        #expect(try demo.store.staffAccounts().map(\.name) == ["mira", "nadia", "tomas"])
        #expect(demo.store.isDemo)
    }

    @Test func everyOrderStatusIsPresent() throws {
        #expect(try demo.strings("SELECT DISTINCT status FROM orders") == Set(OrderStatus.allCases.map(\.rawValue)))
    }

    @Test func everyDisputeStageIsPresent() throws {
        // "Opened" is only the first box of the progress diagram: a dispute is in seller response at once.
        let reachable = Set(DisputeStage.allCases.filter { $0 != .opened }.map(\.rawValue))
        #expect(try demo.strings("SELECT DISTINCT stage FROM dispute") == reachable)
    }

    @Test func everyReasonIsPresent() throws {
        #expect(try demo.strings("SELECT DISTINCT reason FROM dispute") == Set(ClaimReason.allCases.map(\.rawValue)))
    }

    @Test func everyCurrencyIsPresent() throws {
        #expect(try demo.strings("SELECT DISTINCT currency FROM orders") == ["USD", "EUR", "RUB"])
    }

    @Test func someDeadlinesFallWithinTheNextHourAndTheNextDay() throws {
        let due = try demo.store.database.read { db in
            try Int64.fetchAll(db, sql: "SELECT next_deadline FROM dispute WHERE next_deadline IS NOT NULL").map(Date.init(millisecondsSince1970:))
        }
        #expect(due.allSatisfy { $0 > now })  // the demo is caught up: nothing overdue
        #expect(due.contains { $0.timeIntervalSince(now) < 3_600 })
        #expect(due.filter { $0.timeIntervalSince(now) < 86_400 }.count >= 5)
    }

    @Test func theEvidenceFilesAreRealPictures() throws {
        let hashes = try demo.strings("SELECT sha256 FROM evidence_file")
        #expect(hashes.count >= 3)
        var kinds = Set<EvidenceKind>()
        for hash in hashes {
            let bytes = try #require(FileManager.default.contents(atPath: demo.store.evidence.path(forSHA256: hash)))
            kinds.insert(try #require(EvidenceKind.detect(leadingBytes: Array(bytes.prefix(16)))))
        }
        #expect(kinds == [.png, .jpeg, .gif])
        #expect(try demo.store.verify().isIntact)
    }

    @Test func everyStoredDisputeMatchesTheReplayOfItsEvents() throws {
        let ids = try demo.strings("SELECT id FROM dispute")
        for id in ids {
            let detail = try demo.store.disputeDetail(DisputeID(id))
            #expect(Dispute.replay(detail.events) == detail.dispute, "dispute \(id)")
        }
    }

    @Test func theDemoIsDeterministic() throws {
        let folder = try TemporaryFolder()
        let again = try folder.openStore()
        _ = try DemoData.fill(again, now: now)
        var first = ""
        var second = ""
        try demo.store.exportDisputes(format: .json) { first += $0 }
        try again.exportDisputes(format: .json) { second += $0 }
        #expect(first == second)
    }
}

@Suite struct DemoOrderStateTests {
    @Test func everyDemoOrderStateReadsBackExactlyThroughBothWriters() throws {
        let demo = try DemoDatabase.shared.get()
        let ids = try demo.strings("SELECT id FROM orders")
        #expect(ids.count == demo.summary.orders)
        for id in ids {
            let order = try demo.store.order(OrderID(id)).order
            let viaEncoder = try JSONDecoder().decode(Order.self, from: try JSONEncoder().encode(order))
            let viaFastWriter = try JSONDecoder().decode(Order.self, from: Data(try FastOrderJSON.encode(order).utf8))
            #expect(viaEncoder == order && viaFastWriter == order, "order \(id)")
        }
    }
}
