/// The editable content of a single-line field: characters (grapheme clusters) and a cursor between
/// them. Kept separate from drawing so a screen's state is a plain value.
public struct TextFieldState: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Index in `characters` the cursor stands before (0...count).
    public private(set) var cursor: Int
    public var maxLength: Int?

    public init(text: String = "", maxLength: Int? = nil) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }

    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editing key; returns false when the key is not an editing key (so the screen may
    /// use it, e.g. Tab or Enter).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character): insert(String(character))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrlLeft: cursor = wordStart(before: cursor)
        case .ctrlRight: cursor = wordEnd(after: cursor)
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .ctrl("w"):
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor..<characters.count)
        default:
            return false
        }
        return true
    }

    /// Inserts typed or pasted text at the cursor. Line breaks become spaces (one line only); text
    /// beyond `maxLength` is dropped.
    public mutating func insert(_ text: String) {
        var incoming = text.map { $0.isNewline ? " " : $0 }
        if let maxLength { incoming = Array(incoming.prefix(max(0, maxLength - characters.count))) }
        characters.insert(contentsOf: incoming, at: cursor)
        cursor += incoming.count
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count, characters[i].isWhitespace { i += 1 }
        while i < characters.count, !characters[i].isWhitespace { i += 1 }
        return i
    }
}
