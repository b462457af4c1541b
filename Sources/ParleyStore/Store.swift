import Foundation
import GRDB
import ParleyCore

/// The Parley database: one SQLite file in WAL mode (a bulk seed may switch it to a rollback
/// journal while it runs) plus its evidence folder. Safe to share between threads; every change is
/// one transaction.
///
/// One connection per store: every user of a store (a console, a command, the bench) runs one
/// thing at a time, so a pool's extra reading connection bought no parallel reads, only a second
/// open and schema parse before the console's first frame, and GRDB's pool set-up asks Foundation
/// for the log's size through `URL.resourceValues` (together ~2 ms of a ~10 ms start on a bare pty).
/// Other processes still read and write beside it: that is WAL mode's doing, not the pool's.
public final class Store: Sendable {
    public let location: DatabaseLocation
    public let evidence: EvidenceVault
    /// True when this open created the database (the caller then fills it with demo data).
    public let isNew: Bool
    /// The policy for orders, and for new disputes (a dispute keeps the policy it was opened under).
    public let policy: Policy
    let database: DatabaseQueue
    /// How long a connection waits for another's lock before it reports the database busy.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    /// Opens (or creates) the database at `location`, refusing without touching the file when it
    /// is not a Parley database, is from a newer Parley, or cannot be written.
    public static func open(_ location: DatabaseLocation, policy: Policy = .default) throws(StoreOpeningError) -> Store {
        let state = try DatabaseFileInspector.inspect(location)
        var configuration = Configuration()
        // Another console may hold the write lock for a moment; wait rather than fail.
        configuration.busyMode = .timeout(Double(busyTimeoutMilliseconds) / 1_000)
        configuration.label = "parley"
        // In WAL mode NORMAL keeps every committed transaction through a crash of the process;
        // only a power cut may lose the last ones, and the file is never damaged.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            let database = try DatabaseQueue(path: location.path, configuration: configuration)
            try Self.requireWriteAheadLog(in: database, path: location.path)
            try ParleySchema.migrator.migrate(database)
            let limits = EvidenceSizeLimits(maxImageBytes: policy.maxImageBytes, maxVideoBytes: policy.maxVideoBytes)
            let vault = EvidenceVault(root: location.directory + "/evidence", limits: limits)
            return Store(location: location, evidence: vault, isNew: state == .new, policy: policy, database: database)
        } catch let error as DatabaseError {
            throw StoreOpeningError(path: location.path, sqliteError: error)
        } catch {
            throw .corrupt(path: location.path, reason: "\(error)")
        }
    }

    /// Puts a new file (or one a cut-off seed left in rollback mode and nobody could switch back)
    /// into WAL mode; for a file already in it this is a no-op that waits for no other connection.
    /// Leaving rollback mode needs every other process off the file; while another one has a write
    /// open, SQLite refuses at once instead of calling the busy handler (two writers waiting on each
    /// other would deadlock). A seed killed mid-write keeps its lock until its last thread has
    /// exited, and `parley verify` run just then said "locked" at once (seen under CI's load). So
    /// the switch is retried for as long as any other lock is waited for.
    private static func requireWriteAheadLog(in database: DatabaseQueue, path: String) throws {
        let giveUpAt = ContinuousClock.now.advanced(by: .milliseconds(Int(busyTimeoutMilliseconds)))
        while true {
            let mode: String?
            do {
                mode = try database.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && ContinuousClock.now < giveUpAt {
                usleep(20_000)
                continue
            }
            guard mode == "wal" else {
                throw DatabaseError(message: "could not switch \(path) to WAL mode (it stays in \(mode ?? "an unknown") mode)")
            }
            return
        }
    }

    private init(location: DatabaseLocation, evidence: EvidenceVault, isNew: Bool, policy: Policy, database: DatabaseQueue) {
        self.location = location
        self.evidence = evidence
        self.isNew = isNew
        self.policy = policy
        self.database = database
    }

    /// Runs a write transaction, turning SQLite failures into a `StoreError` that says what happened.
    /// Domain refusals (`DisputeError`, `OrderError`) pass through unchanged.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }

    /// The policy a dispute was opened under (falling back to the store's if it is unknown).
    func policy(named name: String) -> Policy {
        Policy.named(name) ?? policy
    }

    // MARK: Meta

    public func metaValue(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func setMetaValue(_ value: String, for key: String) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
        }
    }

    /// A demo database lets the role picker sign in without a password.
    public var isDemo: Bool { (try? metaValue(MetaKey.demo)) == "yes" }

    // MARK: Event log

    /// Every event of one stream ("dispute:42", "order:7"), oldest first.
    public func events(ofStream stream: String) throws -> [LoggedEvent] {
        try read { db in try EventLog.events(of: stream, in: db) }
    }

    /// Appends events in one transaction (each chained to the last of its stream).
    @discardableResult
    public func append(_ events: [NewEvent]) throws -> [LoggedEvent] {
        try write { db in try EventLog.append(events, in: db) }
    }

    /// Checks every hash link of the event log and every stored evidence file.
    public func verify() throws -> VerificationReport {
        let (chain, files) = try read { db in
            (try ChainVerifier.verify(in: db), try Row.fetchAll(db, sql: "SELECT sha256 FROM evidence_file ORDER BY sha256"))
        }
        var breaks = chain.breaks
        for row in files {
            let sha256: String = row["sha256"]
            switch evidence.currentHash(ofSHA256: sha256) {
            case nil:
                breaks.append(ChainBreak(stream: "evidence \(sha256.prefix(12))", seq: nil, problem: "the stored file is missing from \(evidence.root)"))
            case let hash? where hash != sha256:
                breaks.append(ChainBreak(stream: "evidence \(sha256.prefix(12))", seq: nil, problem: "the stored file was changed"))
            default:
                break
            }
        }
        return VerificationReport(eventsChecked: chain.events, streamsChecked: chain.streams,
                                  evidenceFilesChecked: files.count, breaks: breaks)
    }

    // MARK: Evidence

    /// Validates and copies a file into the vault and records it; the same content is stored once.
    public func storeEvidence(path: String) throws -> StoredEvidenceFile {
        let stored = try evidence.store(path: path)
        try record(stored)
        return stored
    }

    public func storeEvidence(data: Data, name: String) throws -> StoredEvidenceFile {
        let stored = try evidence.store(data: data, name: name)
        try record(stored)
        return stored
    }

    private func record(_ file: StoredEvidenceFile) throws {
        try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO evidence_file (sha256, kind, size) VALUES (?, ?, ?)",
                           arguments: [file.sha256, file.kind.rawValue, file.size])
        }
    }
}

/// Keys of the meta table.
public enum MetaKey {
    public static let demo = "demo"
    public static let createdAt = "created_at"
}

extension StoreError {
    init(_ error: DatabaseError) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .database("another Parley process held the database for too long")
        case .SQLITE_FULL: self = .database("the disk is full")
        // A full disk or a file-size limit often reaches SQLite as a failed write (EFBIG, ENOSPC
        // from the WAL) rather than SQLITE_FULL: say what the person can act on.
        case .SQLITE_IOERR: self = .database("the disk refused to write (it may be full, or the file may exceed a size limit)")
        case .SQLITE_READONLY: self = .database("the database is read-only")
        case .SQLITE_CONSTRAINT: self = .database(error.message ?? "a rule of the database was broken")
        default: self = .database(error.message ?? "\(error.resultCode)")
        }
    }
}
