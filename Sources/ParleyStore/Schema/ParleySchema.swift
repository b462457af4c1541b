import GRDB

/// The database schema as an ordered list of migrations. A step once shipped is never edited:
/// a change is a new step at the end.
enum ParleySchema {
    /// "Prly": written into the SQLite header so a Parley file is recognised before it is opened.
    static let applicationID: UInt32 = 0x5072_6C79

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1 foundation", migrate: FoundationMigration.apply)
        migrator.registerMigration("2 event log", migrate: EventLogMigration.apply)
        migrator.registerMigration("3 evidence", migrate: EvidenceMigration.apply)
        migrator.registerMigration("4 marketplace", migrate: MarketplaceMigration.apply)
        migrator.registerMigration("5 buyer tab counts", migrate: TabCountMigration.apply)
        return migrator
    }
}

/// Meta facts about the database itself and the people in it.
enum FoundationMigration {
    static func apply(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(Int32(bitPattern: ParleySchema.applicationID))")
        try db.execute(sql: """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE staff_account (
                name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                display_name TEXT NOT NULL,
                password_hash TEXT NOT NULL
            );

            CREATE TABLE access_refusal (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                attempted TEXT NOT NULL,
                reason TEXT NOT NULL
            );
            """)
    }
}

/// The append-only, hash-chained history. Triggers refuse every change to a written event.
enum EventLogMigration {
    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE event (
                seq INTEGER PRIMARY KEY,
                stream TEXT NOT NULL,
                position INTEGER NOT NULL,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL,
                UNIQUE (stream, position)
            );

            CREATE TABLE stream_head (
                stream TEXT PRIMARY KEY NOT NULL,
                position INTEGER NOT NULL,
                hash TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TRIGGER event_refuses_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only: an event cannot be changed'); END;

            CREATE TRIGGER event_refuses_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only: an event cannot be deleted'); END;
            """)
    }
}

/// Evidence files recorded by content hash; the files themselves live beside the database.
enum EvidenceMigration {
    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE evidence_file (
                sha256 TEXT PRIMARY KEY NOT NULL,
                kind TEXT NOT NULL,
                size INTEGER NOT NULL
            ) WITHOUT ROWID;
            """)
    }
}
