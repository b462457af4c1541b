import Foundation
import GRDB
import GRDBSQLite
import ParleyCore
import Testing
@testable import ParleyStore

/// A bulk seed writes through a rollback journal when it has the file to itself (each page once
/// instead of twice), stays in WAL mode when it does not, and a crash in the middle of it leaves a
/// file the next open rolls back to its last committed state.
@Suite(.serialized) struct SeedJournalTests {
    /// The file's own record of its journal, readable while another connection holds a transaction:
    /// header bytes 18 and 19 are 1 for a rollback journal, 2 for WAL (SQLite's file format). A
    /// connection also runs in WAL mode whenever a -wal file is beside the file, whatever the header
    /// says, so the mode a store runs in is asked of SQLite too (`journalMode`).
    static func journalKind(_ path: String) throws -> UInt8 {
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        let header = try #require(try handle.read(upToCount: 20))
        return header[18]
    }

    static func journalMode(_ store: Store) throws -> String? {
        try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }

    @Test func aSeedAloneOnItsFileWritesThroughARollbackJournalAndLeavesTheFileInWALMode() throws {
        let fixture = try StoreFixture()
        let path = fixture.store.location.path
        #expect(try Self.journalMode(fixture.store) == "wal")
        var kindsWhileSeeding: Set<UInt8> = []
        let summary = try BulkSeeder.seed(fixture.store, orders: 2_000, disputes: 200, seed: 7, now: MarketFixture.now) { _ in
            kindsWhileSeeding.insert((try? Self.journalKind(path)) ?? 0)
        }
        #expect(summary.orders == 2_000)
        #expect(kindsWhileSeeding == [1])
        #expect(try Self.journalMode(fixture.store) == "wal")
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        // Back in WAL mode, another store reads while this one holds a write transaction.
        let other = try fixture.folder.openStore()
        let seen = try fixture.store.write { _ in
            try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE id LIKE 'O-S7-%'") }
        }
        #expect(seen == 2_000)
        #expect(try fixture.store.verify().isIntact)
    }

    @Test func aSeedBesideAnotherOpenStoreStaysInWALModeAndLetsItRead() throws {
        let fixture = try StoreFixture()
        let path = fixture.store.location.path
        let other = try fixture.folder.openStore()
        _ = try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders") }
        var kindsWhileSeeding: Set<UInt8> = []
        var readsWhileSeeding: [Int] = []
        _ = try BulkSeeder.seed(fixture.store, orders: 2_000, disputes: 200, seed: 7, now: MarketFixture.now) { _ in
            kindsWhileSeeding.insert((try? Self.journalKind(path)) ?? 0)
            // The seed's transaction is not committed yet: the other store still sees none of it.
            readsWhileSeeding.append((try? other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE id LIKE 'O-S7-%'") ?? -1 }) ?? -2)
        }
        #expect(kindsWhileSeeding == [2])
        #expect(!readsWhileSeeding.isEmpty && readsWhileSeeding.allSatisfy { $0 == 0 })
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE id LIKE 'O-S7-%'") } == 2_000)
    }

    /// A crash is simulated by copying the file and its journal while a rollback-mode transaction
    /// has already written some of its pages over the file: the copy is what a killed seed leaves.
    @Test func aWriteCutOffInRollbackModeIsRolledBackByTheNextOpen() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.sqlite")
        let crashed = folder.file("crashed.sqlite")
        let committedBuyers: Int
        do {
            let store = try folder.openStore()
            committedBuyers = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM buyer") ?? -1 }
        }
        var connection: OpaquePointer?
        #expect(sqlite3_open(path, &connection) == SQLITE_OK)
        defer { sqlite3_close(connection) }
        func execute(_ sql: String) { #expect(sqlite3_exec(connection, sql, nil, nil, nil) == SQLITE_OK, "\(sql)") }
        execute("PRAGMA journal_mode = DELETE")
        // A tiny page cache, so the transaction spills pages into the file long before it ends.
        execute("PRAGMA cache_size = 4")
        execute("BEGIN")
        execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
            INSERT INTO buyer (id, name, country) SELECT 'X-' || i, hex(randomblob(300)), 'NL' FROM n
            """)
        #expect(FileManager.default.fileExists(atPath: path + "-journal"))
        try FileManager.default.copyItem(atPath: path, toPath: crashed)
        try FileManager.default.copyItem(atPath: path + "-journal", toPath: crashed + "-journal")
        execute("ROLLBACK")
        #expect(try Data(contentsOf: URL(fileURLWithPath: crashed)) != Data(contentsOf: URL(fileURLWithPath: path)),
                "the transaction should have written into the file before the copy")

        let reopened = try folder.openStore("crashed.sqlite")
        #expect(!FileManager.default.fileExists(atPath: crashed + "-journal"))
        let (buyers, strays, integrity) = try reopened.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM buyer") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM buyer WHERE id LIKE 'X-%'") ?? -1,
             try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        #expect(buyers == committedBuyers)
        #expect(strays == 0)
        #expect(integrity == "ok")
        #expect(try Self.journalMode(reopened) == "wal")
        #expect(try Self.journalKind(crashed) == 2, "the file itself says WAL again, for every SQLite tool")
        #expect(try reopened.verify().isIntact)
    }
}
