import Foundation
import GRDB
import Testing
@testable import ParleyStore

@Suite struct DatabaseOpeningTests {
    @Test func aNewPathIsCreatedAndMigrated() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        #expect(store.isNew)
        let applied = try store.database.read { db in try ParleySchema.migrator.appliedMigrations(db) }
        #expect(applied == ParleySchema.migrator.migrations)
        let mode = try store.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func migrationsRunFromAnEmptyFile() throws {
        let folder = try TemporaryFolder()
        #expect(FileManager.default.createFile(atPath: folder.file("parley.sqlite"), contents: Data()))
        let store = try folder.openStore()
        #expect(store.isNew)
        let tables = try store.database.read { db in try db.tableExists("event") && db.tableExists("meta") }
        #expect(tables)
    }

    @Test func reopeningAnExistingDatabaseKeepsItsData() throws {
        let folder = try TemporaryFolder()
        try folder.openStore().setMetaValue("kept", for: "probe")
        let reopened = try folder.openStore()
        #expect(!reopened.isNew)
        #expect(try reopened.metaValue("probe") == "kept")
    }

    /// Opening is a read: GRDB used to create and drop a table (and sync twice) at every open of a
    /// database whose log SQLite had removed at the last close, which delayed every console's start.
    @Test func openingAnExistingDatabaseChangesNothingInIt() throws {
        let folder = try TemporaryFolder()
        do {
            let store = try folder.openStore()
            try store.setMetaValue("kept", for: "probe")
            try store.database.close()
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("parley.sqlite-wal")))
        func schemaVersion() throws -> Int? {
            var configuration = Configuration()
            configuration.readonly = true
            return try DatabaseQueue(path: folder.file("parley.sqlite"), configuration: configuration)
                .read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") }
        }
        let before = try schemaVersion()
        let reopened = try folder.openStore()
        #expect(try reopened.database.read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") } == before)
        #expect(try reopened.metaValue("probe") == "kept")
        try reopened.setMetaValue("again", for: "probe")
        try reopened.database.close()
        #expect(try folder.openStore().metaValue("probe") == "again")
    }

    @Test func aFileThatIsNotSQLiteIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        try Data("these are my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: folder.file("parley.sqlite")))
        let before = try folder.snapshot()
        #expect(throws: StoreOpeningError.notSQLite(path: folder.file("parley.sqlite"))) { try folder.openStore() }
        let after = try folder.snapshot()
        #expect(after == before)
    }

    @Test func aTruncatedSQLiteHeaderIsRefused() throws {
        let folder = try TemporaryFolder()
        try Data("SQLite format 3\0garbage".utf8).write(to: URL(fileURLWithPath: folder.file("parley.sqlite")))
        #expect(throws: StoreOpeningError.notSQLite(path: folder.file("parley.sqlite"))) { try folder.openStore() }
    }

    @Test func aForeignSQLiteDatabaseIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        let foreign = try DatabaseQueue(path: folder.file("parley.sqlite"))
        try foreign.write { db in try db.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        try foreign.close()
        let before = try folder.snapshot()
        #expect {
            try folder.openStore()
        } throws: { error in
            guard case StoreOpeningError.foreignDatabase = error else { return false }
            return (error as? StoreOpeningError)?.exitCode == 65
        }
        let after = try folder.snapshot()
        #expect(after == before)
    }

    @Test func aDatabaseOfAnotherApplicationIsRefused() throws {
        let folder = try TemporaryFolder()
        let foreign = try DatabaseQueue(path: folder.file("parley.sqlite"))
        try foreign.write { db in try db.execute(sql: "PRAGMA application_id = 42") }
        try foreign.close()
        #expect(throws: StoreOpeningError.foreignDatabase(path: folder.file("parley.sqlite"), reason: "its application id is 42")) {
            try folder.openStore()
        }
    }

    @Test func aDatabaseFromANewerParleyIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('99 from the future')")
        }
        try store.database.close()
        let before = try folder.snapshot()
        #expect(throws: StoreOpeningError.newerSchema(path: folder.file("parley.sqlite"), unknownMigrations: ["99 from the future"])) {
            try folder.openStore()
        }
        let after = try folder.snapshot()
        #expect(after == before)
    }

    @Test func aReadOnlyDatabaseIsRefusedWithItsOwnExitCode() throws {
        let folder = try TemporaryFolder()
        try folder.openStore().database.close()
        chmod(folder.file("parley.sqlite"), 0o444)
        let before = try folder.snapshot()
        #expect {
            try folder.openStore()
        } throws: { error in
            guard case StoreOpeningError.notWritable = error else { return false }
            return (error as? StoreOpeningError)?.exitCode == 77
        }
        let after = try folder.snapshot()
        #expect(after == before)
    }

    @Test func aMissingFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreOpeningError.folderMissing(path: folder.file("no/such"))) {
            try Store.open(DatabaseLocation(path: folder.file("no/such/parley.sqlite"), source: .flag))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("no")))
    }

    @Test func theDefaultFolderIsCreatedForTheUser() throws {
        let folder = try TemporaryFolder()
        let store = try Store.open(DatabaseLocation(path: folder.file("xdg/parley/parley.sqlite"), source: .xdgDataHome))
        #expect(store.isNew)
    }

    @Test func aReadOnlyFolderIsRefusedForANewDatabase() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("locked"), withIntermediateDirectories: false)
        chmod(folder.file("locked"), 0o555)
        defer { chmod(folder.file("locked"), 0o755) }
        #expect {
            try Store.open(DatabaseLocation(path: folder.file("locked/parley.sqlite"), source: .flag))
        } throws: { error in
            guard case StoreOpeningError.cannotCreate = error else { return false }
            return (error as? StoreOpeningError)?.exitCode == 73
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("locked/parley.sqlite")))
    }

    @Test func aFolderIsNotADatabase() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("dir.sqlite"), withIntermediateDirectories: false)
        #expect(throws: StoreOpeningError.isDirectory(path: folder.file("dir.sqlite"))) { try folder.openStore("dir.sqlite") }
    }

    @Test func aDanglingLinkIsRefused() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.sqlite"), withDestinationPath: folder.file("gone.sqlite"))
        #expect {
            try folder.openStore("link.sqlite")
        } throws: { error in
            if case StoreOpeningError.cannotCreate = error { return true }
            return false
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("gone.sqlite")))
    }

    @Test func everyRefusalHasItsOwnExitCodeAndAMessage() {
        let errors: [StoreOpeningError] = [
            .cannotCreate(path: "p", reason: "r"), .notWritable(path: "p", reason: "r"), .notSQLite(path: "p"),
            .corrupt(path: "p", reason: "r"), .newerSchema(path: "p", unknownMigrations: ["x"]), .busy(path: "p"),
        ]
        #expect(Set(errors.map(\.exitCode)).count == errors.count)
        #expect(errors.allSatisfy { $0.description.contains("p") })
    }

    /// The inspection's URI path is encoded by hand; it must encode exactly as Foundation's
    /// `addingPercentEncoding` with the URL-path set less `?#%` did.
    @Test(arguments: ["/tmp/plain.sqlite", "/tmp/a b/c?d#e%f.sqlite", "/home/zoë/数据/p.sqlite", "/x/!$&'()*+,;=:@~_-.sqlite", "/t/[x]{y}|\\^`\"<>.db"])
    func theInspectionEncodesPathsAsFoundationDid(path: String) {
        let foundation = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%")))
        #expect(SQLitePeek.uriPath(path) == foundation)
    }

    @Test func aDatabaseWithAQuestionMarkAndAHashInItsPathOpensAgain() throws {
        let folder = try TemporaryFolder()
        let name = "what?#100%.sqlite"
        _ = try folder.openStore(name)
        let reopened = try folder.openStore(name)
        #expect(!reopened.isNew)
    }
}
