import Foundation
import GRDB
import GRDBSQLite

/// What was found at the database path, decided without writing a byte to it (but for bringing back
/// a Parley file a bulk seed was cut off in: see `SQLitePeek.recoverFromRollbackJournal`).
enum DatabaseFileState: Equatable {
    /// Nothing there yet (or an empty file): a new database will be created and filled.
    case new
    /// A Parley database this version can open (possibly needing older migrations applied).
    case parley
}

/// Looks at a database path read-only, so that a foreign, damaged, newer or read-only file is
/// refused before anything is written to it.
enum DatabaseFileInspector {
    static func inspect(_ location: DatabaseLocation) throws(StoreOpeningError) -> DatabaseFileState {
        let path = location.path
        var info = stat()
        if stat(path, &info) != 0 {
            let error = errno
            var linkInfo = stat()
            if lstat(path, &linkInfo) == 0 {
                throw .cannotCreate(path: path, reason: "it is a symbolic link to a missing file")
            }
            guard error == ENOENT else {
                throw .cannotCreate(path: path, reason: String(cString: strerror(error)))
            }
            try prepareFolder(for: location)
            return .new
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notSQLite(path: path) }
        guard access(path, R_OK) == 0, let header = readHeader(path) else {
            throw .notWritable(path: path, reason: "it cannot even be read (\(String(cString: strerror(errno))))")
        }
        if info.st_size == 0 {
            try requireWritable(path: path, info: info)
            return .new
        }
        guard header.count == 100, header.prefix(16).elementsEqual("SQLite format 3\0".utf8) else {
            throw .notSQLite(path: path)
        }
        let headerApplicationID = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if headerApplicationID != 0 && headerApplicationID != ParleySchema.applicationID {
            throw .foreignDatabase(path: path, reason: "its application id is \(headerApplicationID)")
        }
        // The header may lag behind an uncheckpointed WAL, so SQLite itself has the last word.
        // A Parley file whose bytes 18 and 19 say rollback-journal mode (1, not WAL's 2) was left so
        // by a bulk seed: see SQLitePeek.recoverFromRollbackJournal. Other files are not touched.
        let state = try inspectWithSQLite(path: path, seedLeftRollbackJournal: headerApplicationID == ParleySchema.applicationID && header[18] == 1)
        try requireWritable(path: path, info: info)
        return state
    }

    /// The file's first 100 bytes (SQLite's header), fewer for a shorter file or a failed read; nil
    /// when it cannot be opened. Plain `open` and `pread`: Foundation's first `FileHandle` cost
    /// ~0.4 ms of every console start.
    private static func readHeader(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        var count = 0
        while count < header.count {
            let read = header.withUnsafeMutableBytes { bytes in
                pread(descriptor, bytes.baseAddress! + count, bytes.count - count, off_t(count))
            }
            if read < 0 && errno == EINTR { continue }
            if read <= 0 { break }
            count += read
        }
        return Array(header.prefix(count))
    }

    private static func inspectWithSQLite(path: String, seedLeftRollbackJournal: Bool) throws(StoreOpeningError) -> DatabaseFileState {
        do {
            if seedLeftRollbackJournal { try SQLitePeek.recoverFromRollbackJournal(path: path) }
            let peek = try SQLitePeek(path: path)
            let applicationID = UInt32(truncatingIfNeeded: Int(try peek.column("PRAGMA application_id").first ?? "0") ?? 0)
            let tables = try peek.column("SELECT name FROM sqlite_master WHERE type = 'table'")
            if applicationID != ParleySchema.applicationID {
                if applicationID == 0 && tables.isEmpty { return .new }
                let reason = applicationID == 0 ? "it has tables of its own and no Parley mark" : "its application id is \(applicationID)"
                throw StoreOpeningError.foreignDatabase(path: path, reason: reason)
            }
            guard tables.contains("grdb_migrations") else { return .parley }
            let applied = Set(try peek.column("SELECT identifier FROM grdb_migrations"))
            let unknown = applied.subtracting(ParleySchema.migrator.migrations).sorted()
            if !unknown.isEmpty { throw StoreOpeningError.newerSchema(path: path, unknownMigrations: unknown) }
            return .parley
        } catch let error as StoreOpeningError {
            throw error
        } catch let error as SQLitePeekError {
            throw StoreOpeningError(path: path, peekError: error)
        } catch {
            throw .corrupt(path: path, reason: "\(error)")
        }
    }

    /// Only the default location gets its folder made; a folder named by the user must exist.
    private static func prepareFolder(for location: DatabaseLocation) throws(StoreOpeningError) {
        let folder = location.directory
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard location.source == .xdgDataHome || location.source == .homeDefault else {
                throw .folderMissing(path: folder)
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreate(path: location.path, reason: "the folder \(folder) cannot be made")
            }
        } else if !isDirectory.boolValue {
            throw .cannotCreate(path: location.path, reason: "\(folder) is not a folder")
        }
        guard access(folder, W_OK) == 0, hasWriteBits(folder) else {
            throw .cannotCreate(path: location.path, reason: "the folder \(folder) is not writable")
        }
    }

    /// SQLite in WAL mode writes the file and, beside it, the -wal and -shm files.
    private static func requireWritable(path: String, info: stat) throws(StoreOpeningError) {
        guard access(path, W_OK) == 0, info.st_mode & 0o222 != 0 else {
            throw .notWritable(path: path, reason: "the file is read-only")
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder, W_OK) == 0, hasWriteBits(folder) else {
            throw .notWritable(path: path, reason: "its folder \(folder) is read-only (SQLite needs to write its journal beside it)")
        }
    }

    /// `access` always says yes to root, so a file or folder with every write bit removed is also
    /// treated as read-only: that is what the person who removed them meant.
    private static func hasWriteBits(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & 0o222 != 0
    }
}

extension StoreOpeningError {
    init(path: String, peekError error: SQLitePeekError) {
        switch error.primaryCode {
        case SQLITE_NOTADB: self = .notSQLite(path: path)
        case SQLITE_BUSY, SQLITE_LOCKED: self = .busy(path: path)
        case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY: self = .notWritable(path: path, reason: error.message)
        default: self = .corrupt(path: path, reason: error.message)
        }
    }

    init(path: String, sqliteError error: DatabaseError) {
        switch error.resultCode {
        case .SQLITE_NOTADB: self = .notSQLite(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            self = .notWritable(path: path, reason: error.message ?? "SQLite refused it")
        default: self = .corrupt(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
