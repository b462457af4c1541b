/// Why a store operation failed after the database was opened.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Someone else changed the record between reading and writing it; nothing was written.
    case conflict(String)
    case notFound(String)
    case duplicate(String)
    case unknownAccount(name: String)
    case wrongPassword(name: String)
    case invalidInput(String)
    /// The database refused (disk full, locked too long, read-only...): nothing was written.
    case database(String)

    public var description: String {
        switch self {
        case .conflict(let message): return message
        case .notFound(let message): return message
        case .duplicate(let message): return message
        case .unknownAccount(let name): return "There is no staff account named \(name)."
        case .wrongPassword(let name): return "Wrong password for \(name)."
        case .invalidInput(let message): return message
        case .database(let message): return "The database refused the change: \(message). Nothing was written."
        }
    }
}
