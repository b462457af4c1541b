import GRDB
import GRDBSQLite

extension Store {
    /// Runs `body` (one long bulk write) with the file in SQLite's rollback-journal mode when this
    /// store is its only user, and in WAL mode as always otherwise.
    ///
    /// Why: in WAL mode a seed writes every page twice, into the log and again at the checkpoint,
    /// and each page it reads back is looked up in a log of over a gigabyte. A rollback journal
    /// keeps only the original content of pages that existed before; pages the seed appends are
    /// written once, in place (1,000,000 + 100,000 seeded: 51.7 -> 41.9 s). A crash still leaves
    /// the last committed state: the next open rolls the journal back (`SQLitePeek`).
    /// The price: while it runs, the seed holds the file to itself, and a console started meanwhile
    /// waits and then says the database is busy.
    func withRollbackJournalIfAlone<T>(_ body: () throws -> T) throws -> T {
        let switched = (try? database.writeWithoutTransaction { db -> Bool in
            // Another process holding the file makes the switch fail at once instead of after the
            // usual five-second wait.
            sqlite3_busy_timeout(db.sqliteConnection, 0)
            defer { sqlite3_busy_timeout(db.sqliteConnection, Self.busyTimeoutMilliseconds) }
            return try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete"
        }) ?? false
        guard switched else { return try body() }
        // Back to WAL whatever happened; should even that fail (another process got in and held
        // on for longer than the wait), the next open does it, as every open sets WAL mode.
        defer { _ = try? database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") } }
        return try body()
    }
}
