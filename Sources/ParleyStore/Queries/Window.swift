/// Which window of a sorted list to read, by keyset: never by offset, so the last page of a
/// million rows costs what the first does.
public enum WindowRequest<Cursor: Sendable & Equatable>: Sendable, Equatable {
    /// The top of the list.
    case first(Int)
    /// The rows just below the row with this cursor.
    case after(Cursor, Int)
    /// The rows just above the row with this cursor.
    case before(Cursor, Int)
    /// The bottom of the list.
    case last(Int)

    var limit: Int {
        switch self {
        case .first(let n), .after(_, let n), .before(_, let n), .last(let n): return max(0, n)
        }
    }

    /// Reading upwards (before / last) walks the index backwards and reverses the rows after.
    var readsBackwards: Bool {
        switch self {
        case .first, .after: return false
        case .before, .last: return true
        }
    }
}

/// A position in a list sorted by (a value, then the row key).
public struct ListCursor: Sendable, Equatable, Hashable {
    public var sortValue: Int64
    public var key: Int64

    public init(sortValue: Int64, key: Int64) {
        self.sortValue = sortValue
        self.key = key
    }
}

/// Escapes `%`, `_` and `\\` so typed text matches literally in `LIKE ... ESCAPE '\\'`.
enum LikePattern {
    static func containing(_ text: String) -> String {
        "%\(escaped(text))%"
    }

    /// The text with LIKE's wildcards and the escape character escaped (for `ESCAPE '\\'`).
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
