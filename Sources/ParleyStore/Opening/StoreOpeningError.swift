/// Why a database could not be opened. Each case says what is wrong and has its own exit code,
/// so scripts can tell a foreign file from a read-only one.
public enum StoreOpeningError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyPath(source: String)
    /// The path holds a newline, tab, escape or other control character.
    case controlCharacterInPath(source: String)
    case noHomeDirectory
    case folderMissing(path: String)
    case cannotCreate(path: String, reason: String)
    case notWritable(path: String, reason: String)
    case isDirectory(path: String)
    case notSQLite(path: String)
    case foreignDatabase(path: String, reason: String)
    case corrupt(path: String, reason: String)
    case newerSchema(path: String, unknownMigrations: [String])
    case busy(path: String)

    public var description: String {
        switch self {
        case .emptyPath(let source):
            return "The database path given by \(source) is empty."
        case .controlCharacterInPath(let source):
            return "The database path given by \(source) contains a control character (a newline, tab or escape); choose a plain path."
        case .noHomeDirectory:
            return "No home folder is known, so there is no default database location; pass --db PATH or set PARLEY_DB."
        case .folderMissing(let path):
            return "The folder \(path) does not exist; create it first or choose another --db path."
        case .cannotCreate(let path, let reason):
            return "Cannot create the database at \(path): \(reason)."
        case .notWritable(let path, let reason):
            return "The database at \(path) cannot be written: \(reason). It was left untouched."
        case .isDirectory(let path):
            return "\(path) is a folder, not a database file."
        case .notSQLite(let path):
            return "\(path) is not a Parley database (it is not an SQLite file at all). It was left untouched."
        case .foreignDatabase(let path, let reason):
            return "\(path) is an SQLite database but not a Parley one (\(reason)). It was left untouched."
        case .corrupt(let path, let reason):
            return "The database at \(path) is damaged (\(reason)). It was left untouched."
        case .newerSchema(let path, let unknown):
            return "The database at \(path) was written by a newer Parley (unknown schema steps: \(unknown.joined(separator: ", "))). Upgrade Parley to open it; it was left untouched."
        case .busy(let path):
            return "The database at \(path) is locked by another process; try again in a moment."
        }
    }

    /// Distinct exit codes (documented in `parley --help`).
    public var exitCode: Int32 {
        switch self {
        case .emptyPath, .controlCharacterInPath, .noHomeDirectory: return 64
        case .folderMissing, .cannotCreate, .isDirectory: return 73
        case .notWritable: return 77
        case .notSQLite, .foreignDatabase: return 65
        case .corrupt: return 66
        case .newerSchema: return 78
        case .busy: return 75
        }
    }
}
