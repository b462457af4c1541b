import Foundation
import GRDB
import ParleyCore
import Testing
@testable import ParleyStore

@Suite(.serialized) struct CrashAndCommandLineTests {
    @Test func aProcessKilledInTheMiddleOfWritesLeavesAConsistentDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.sqlite")
        let pid = try ChildProcess.spawn(["seed", "--db", path, "--orders", "400000", "--disputes", "40000"], outputIn: folder.path)
        // Let it commit a few batches, then kill it without warning.
        var committed = 0
        for _ in 0..<200 {
            usleep(50_000)
            committed = (try? DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
                .read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders") ?? 0 }) ?? 0
            if committed >= BulkSeeder.batch { break }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(committed >= BulkSeeder.batch, "the child committed nothing before it was killed")

        let store = try folder.openStore()
        let (orders, integrity) = try store.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders") ?? -1, try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        #expect(integrity == "ok")
        // Each batch is one transaction: whole batches only, never half of one.
        #expect(orders % BulkSeeder.batch == 0)
        #expect(try store.verify().isIntact)
        #expect(try store.buyerOrders(UserID("S1-b000001"), window: .first(50)).count == 50)
    }

    @Test func aProcessKilledWhileOpeningDisputesLeavesEveryDisputeWithItsWholeHistory() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.sqlite")
        let pid = try ChildProcess.spawn(["seed", "--db", path, "--orders", "40000", "--disputes", "40000"], outputIn: folder.path)
        var disputes = 0
        for _ in 0..<1_200 {
            usleep(50_000)
            disputes = (try? DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
                .read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dispute") ?? 0 }) ?? 0
            if disputes > 0 { break }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(disputes > 0, "the child opened no dispute before it was killed")

        let store = try folder.openStore()
        let (rows, streams, frozen) = try store.pool.read { db in
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
        try folder.openStore("readonly.sqlite").pool.close()
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
        try store.pool.write { db in
            try db.execute(sql: "DROP TRIGGER event_refuses_update; UPDATE event SET payload = '{\"x\":1}'")
        }
        #expect(try ChildProcess.run(["verify", "--db", folder.file("parley.sqlite")], in: folder.path).status == 3)
    }
}
