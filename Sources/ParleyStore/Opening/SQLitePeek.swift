import Foundation
import GRDBSQLite

/// A raw read-only SQLite connection for inspecting a file before Parley trusts it. With no WAL or
/// rollback journal beside the file it opens the file as immutable, so SQLite creates no -wal or
/// -shm files either.
final class SQLitePeek {
    private var connection: OpaquePointer?

    convenience init(path: String) throws(SQLitePeekError) {
        let beingWritten = Self.exists(path + "-wal") || Self.exists(path + "-journal")
        try self.init(uri: "file:\(Self.uriPath(path))?mode=ro" + (beingWritten ? "" : "&immutable=1"), flags: SQLITE_OPEN_READONLY)
    }

    private init(uri: String, flags: Int32) throws(SQLitePeekError) {
        let code = sqlite3_open_v2(uri, &connection, flags | SQLITE_OPEN_URI, nil)
        guard code == SQLITE_OK else {
            let error = SQLitePeekError(code: code, message: connection.map { String(cString: sqlite3_errmsg($0)) } ?? "")
            sqlite3_close(connection)
            connection = nil
            throw error
        }
        sqlite3_busy_timeout(connection, Store.busyTimeoutMilliseconds)
    }

    /// Brings back a file a bulk seed left in rollback-journal mode (killed before it could switch
    /// back): rolls back the write it cut off, if its journal says there is one (a read-only
    /// connection cannot, and would refuse the file), and returns the file to WAL mode. The first
    /// read of a writing connection does the rollback, as SQLite would at any open; the file then
    /// holds its last committed state again. While the seed is still alive, its lock makes this wait
    /// and then report the database busy. The switch to WAL is best effort here, without waiting:
    /// `Store.open` asks for WAL mode again on every open.
    static func recoverFromRollbackJournal(path: String) throws(SQLitePeekError) {
        let writer = try SQLitePeek(uri: "file:\(uriPath(path))?mode=rw", flags: SQLITE_OPEN_READWRITE)
        _ = try writer.column("PRAGMA schema_version")
        sqlite3_busy_timeout(writer.connection, 0)
        _ = try? writer.column("PRAGMA journal_mode = WAL")
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The path as a URI path: every byte but RFC 3986's path characters is percent-encoded, so `?`,
    /// `#` and `%` in a file name stay part of it. By hand: Foundation's `addingPercentEncoding` set up
    /// its character sets at every start, ~0.3 ms before the first frame (perf).
    static func uriPath(_ path: String) -> String {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            if uriPathBytes[Int(byte)] {
                encoded.append(byte)
            } else {
                encoded.append(UInt8(ascii: "%"))
                encoded.append(upperHexDigits[Int(byte >> 4)])
                encoded.append(upperHexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// Letters, digits, `-._~`, `!$&'()*+,=`, `:`, `@` and `/` (Foundation's URL-path set).
    private static let uriPathBytes: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return "-._~!$&'()*+,=:@/".utf8.contains(UInt8(byte))
        }
    }

    private static let upperHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    deinit {
        sqlite3_close(connection)
    }

    /// The first column of every row of a query.
    func column(_ sql: String) throws(SQLitePeekError) -> [String] {
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard prepared == SQLITE_OK else { throw error(prepared) }
        defer { sqlite3_finalize(statement) }
        var values: [String] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { return values }
            guard step == SQLITE_ROW else { throw error(step) }
            values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
    }

    private func error(_ code: Int32) -> SQLitePeekError {
        SQLitePeekError(code: code, message: String(cString: sqlite3_errmsg(connection)))
    }
}

/// An SQLite result code and its message, from a peek.
struct SQLitePeekError: Error {
    var code: Int32
    var message: String

    /// Extended codes carry the primary code in their low byte.
    var primaryCode: Int32 { code & 0xFF }
}
