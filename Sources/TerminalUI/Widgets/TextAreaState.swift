/// The content of a multi-line input: characters with a cursor, newlines allowed, optional limit.
public struct TextAreaState: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public var limit: Int?

    public init(text: String = "", limit: Int? = nil) {
        characters = Array(text)
        cursor = characters.count
        self.limit = limit
    }

    public var text: String { String(characters) }
    public var count: Int { characters.count }
    public var isOverLimit: Bool { limit.map { count > $0 } ?? false }

    /// Editing keys, with up/down moving by wrapped line for the given text width.
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .enter: insert("\n")
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .up, .down, .home, .end:
            let lines = TextAreaLayout.lines(characters, width: width)
            let (line, col) = TextAreaLayout.position(of: cursor, in: lines, characters: characters)
            switch key {
            case .home: cursor = lines[line].lowerBound
            case .end: cursor = lines[line].upperBound
            case .up where line > 0:
                cursor = TextAreaLayout.index(column: col, in: lines[line - 1], characters: characters)
            case .down where line + 1 < lines.count:
                cursor = TextAreaLayout.index(column: col, in: lines[line + 1], characters: characters)
            default: break
            }
        default: return false
        }
        return true
    }

    /// Typed or pasted text goes in whole (over the limit is allowed and shown by the counter, so a
    /// paste is never silently cut).
    public mutating func insert(_ text: String) {
        let incoming = Array(text.replacingCRLF())
        characters.insert(contentsOf: incoming, at: cursor)
        cursor += incoming.count
    }
}

extension String {
    fileprivate func replacingCRLF() -> String {
        String(self.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }
}
