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

/// Wraps characters into visual lines (ranges of indices), breaking after spaces when possible.
enum TextAreaLayout {
    static func lines(_ characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(start..<index)
                start = index + 1
                used = 0
                lastSpace = nil
                index += 1
                continue
            }
            let w = TextWidth.width(of: character)
            if used + w > width {
                let breakAt = lastSpace.map { $0 + 1 } ?? index
                let end = breakAt > start ? breakAt : index
                lines.append(start..<end)
                start = end
                used = characters[start..<index].reduce(0) { $0 + TextWidth.width(of: $1) }
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += w
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    static func position(of cursor: Int, in lines: [Range<Int>], characters: [Character]) -> (line: Int, col: Int) {
        for (number, range) in lines.enumerated() {
            let isLast = number == lines.count - 1
            let nextStart = isLast ? Int.max : lines[number + 1].lowerBound
            if cursor >= range.lowerBound && (cursor < nextStart || (cursor == range.upperBound && isLast)) {
                let col = characters[range.lowerBound..<min(cursor, range.upperBound)]
                    .reduce(0) { $0 + TextWidth.width(of: $1) }
                return (number, col)
            }
        }
        return (max(0, lines.count - 1), 0)
    }

    static func index(column: Int, in range: Range<Int>, characters: [Character]) -> Int {
        var used = 0
        for index in range {
            let w = TextWidth.width(of: characters[index])
            if used + w > column { return index }
            used += w
        }
        return range.upperBound
    }
}

/// A multi-line input with word wrapping and a character counter ("123/2000") on its last row.
public struct TextArea: Widget {
    public var state: TextAreaState
    public var isFocused: Bool

    public init(state: TextAreaState, isFocused: Bool = false) {
        self.state = state
        self.isFocused = isFocused
    }

    public func render(in canvas: Canvas) {
        guard canvas.width > 0, canvas.height > 0 else { return }
        let textHeight = max(1, canvas.height - 1)
        for row in 0..<textHeight { canvas.fill(row: row, role: .input) }
        let characters = state.characters
        let lines = TextAreaLayout.lines(characters, width: canvas.width)
        let (cursorLine, cursorCol) = TextAreaLayout.position(of: state.cursor, in: lines, characters: characters)
        let firstLine = max(0, cursorLine - textHeight + 1)
        for row in 0..<textHeight where firstLine + row < lines.count {
            let range = lines[firstLine + row]
            canvas.text(String(characters[range]), row: row, role: .input)
        }
        if isFocused { canvas.placeCursor(row: cursorLine - firstLine, col: min(cursorCol, canvas.width - 1)) }
        guard canvas.height > 1 else { return }
        let counter = state.limit.map { "\(state.count)/\($0)" } ?? "\(state.count)"
        let width = TextWidth.width(of: counter)
        canvas.text(counter, row: canvas.height - 1, col: max(0, canvas.width - width),
                    role: state.isOverLimit ? .error : .muted)
    }
}
