import Foundation
import GRDB
import ParleyCore
import Testing
@testable import ParleyStore

@Suite(.serialized) struct CrashAndCommandLineTests {
    /// The orders of a seed go in as one transaction with the orders' indexes and tab-count trigger
    /// set aside: killed half-way, the database has none of them and its schema whole.
    @Test func aProcessKilledWhileLoadingOrdersLeavesNoneAndTheSchemaWhole() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.sqlite")
        let schema = { (store: Store) throws -> [String] in
            try store.database.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master ORDER BY name") }
        }
        let whole = try schema(try folder.openStore("fresh.sqlite"))
        let pid = try ChildProcess.spawn(["seed", "--db", path, "--orders", "400000", "--disputes", "40000"], outputIn: folder.path)
        // Wait until the first batch of orders is in (the progress line says so), then kill without warning.
        var loading = false
        for _ in 0..<400 {
            usleep(50_000)
            let progress = (try? String(contentsOfFile: folder.file("stderr.txt"), encoding: .utf8)) ?? ""
            if progress.contains("\(BulkSeeder.batch)/440000") { loading = true; break }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(loading, "the child never reported its first batch of orders")

        let store = try folder.openStore()
        let (orders, counts, integrity) = try store.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM buyer_tab_count WHERE buyer_id LIKE 'S1-%'") ?? -1,
             try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        #expect(integrity == "ok")
        #expect(orders == 0)
        #expect(counts == 0)
        #expect(try schema(store) == whole, "an index or trigger set aside for the load was lost")
        #expect(try store.verify().isIntact)
    }

    /// A seed that finishes rebuilds what it set aside: the same schema, and tab counts that match
    /// the orders, next to the demo data that was there before.
    @Test func aBulkSeedRebuildsTheIndexesAndCountsTheTabs() throws {
        let fixture = try StoreFixture()
        _ = try DemoData.fill(fixture.store, now: MarketFixture.now)
        let schema = { try fixture.store.database.read { db in try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY name") } }
        let before = try schema()
        let summary = try BulkSeeder.seed(fixture.store, orders: 3_000, disputes: 300, seed: 7, now: MarketFixture.now)
        #expect(summary.orders == 3_000)
        #expect(try schema() == before)
        let mismatches = try fixture.store.database.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM (SELECT buyer_id, tab, COUNT(*) AS n FROM orders GROUP BY buyer_id, tab) AS counted
                LEFT JOIN buyer_tab_count AS kept USING (buyer_id, tab) WHERE kept.count IS NOT counted.n
                """)
        }
        #expect(mismatches == 0)
        let plan = try fixture.store.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT key FROM orders WHERE buyer_id = 'S7-b000001' ORDER BY paid_at DESC, key DESC LIMIT 50")
                .map { $0["detail"] as String }
        }
        #expect(plan.joined().contains("order_by_buyer"), "\(plan)")
        #expect(try fixture.store.verify().isIntact)
    }

    @Test func aProcessKilledWhileOpeningDisputesLeavesEveryDisputeWithItsWholeHistory() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.sqlite")
        let pid = try ChildProcess.spawn(["seed", "--db", path, "--orders", "40000", "--disputes", "40000"], outputIn: folder.path)
        // Wait until a progress line counts past the orders (disputes are being opened), then kill
        // without warning. Away from a terminal the lines come every two seconds.
        var opening = false
        for _ in 0..<1_200 {
            usleep(50_000)
            let progress = (try? String(contentsOfFile: folder.file("stderr.txt"), encoding: .utf8)) ?? ""
            let done = progress.split(separator: "\n").compactMap { line in
                line.split(separator: " ").first.flatMap { $0.hasSuffix("/80000") ? Int($0.dropLast(6)) : nil }
            }
            if done.contains(where: { $0 > 40_000 && $0 < 80_000 }) { opening = true; break }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(opening, "the child opened no dispute before it was killed")

        let store = try folder.openStore()
        let (rows, streams, frozen) = try store.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dispute") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stream_head WHERE stream LIKE 'dispute:%'") ?? -2,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE dispute_id IS NOT NULL") ?? -3)
        }
        #expect(rows == streams)
        #expect(rows == frozen)
        #expect(try store.verify().isIntact)
    }

    @Test func theCommandLineRefusesBadDatabasesWithDistinctExitCodes() throws {
        let folder = try TemporaryFolder()
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: folder.file("notes.txt")))
        let foreign = try DatabaseQueue(path: folder.file("foreign.sqlite"))
        try foreign.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try foreign.close()
        try folder.openStore("readonly.sqlite").database.close()
        chmod(folder.file("readonly.sqlite"), 0o444)

        let cases: [(String, Int32, String)] = [
            (folder.file("notes.txt"), 65, "not an SQLite file"),
            (folder.file("foreign.sqlite"), 65, "not a Parley one"),
            (folder.file("readonly.sqlite"), 77, "cannot be written"),
            (folder.file("missing/parley.sqlite"), 73, "does not exist"),
            (folder.path, 73, "is a folder"),
        ]
        for (path, code, message) in cases {
            let result = try ChildProcess.run(["verify", "--db", path], in: folder.path)
            #expect(result.status == code, "\(path)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }

    @Test func verifySweepAndExportNeverCreateADatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("typo.sqlite")
        for arguments in [["verify"], ["sweep"], ["export", "disputes"]] {
            let result = try ChildProcess.run(arguments + ["--db", path], in: folder.path)
            #expect(result.status == 66, "\(arguments)")
            #expect(result.stderr.contains("there is no database at"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: path), "\(arguments) created \(path)")
        }
    }

    @Test func verifyExitsNonZeroOnATamperedLog() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.append([NewEvent(stream: "dispute:D-1", at: MarketFixture.now, actor: "buyer:amara", kind: "messagePosted", payload: "{}")])
        #expect(try ChildProcess.run(["verify", "--db", folder.file("parley.sqlite")], in: folder.path).status == 0)
        try store.database.write { db in
            try db.execute(sql: "DROP TRIGGER event_refuses_update; UPDATE event SET payload = '{\"x\":1}'")
        }
        #expect(try ChildProcess.run(["verify", "--db", folder.file("parley.sqlite")], in: folder.path).status == 3)
    }
}
