/// A one-line input. Scrolls horizontally so the cursor stays visible; wide characters are never cut.
public struct TextField: Widget {
    public var state: TextFieldState
    public var placeholder: String
    public var isFocused: Bool
    public var isInvalid: Bool

    public init(state: TextFieldState, placeholder: String = "", isFocused: Bool = false, isInvalid: Bool = false) {
        self.state = state
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.isInvalid = isInvalid
    }

    /// Index of the first character shown so the cursor fits in `width` (one column kept for it).
    static func firstVisible(_ characters: [Character], cursor: Int, width: Int) -> Int {
        var start = 0
        var used = characters[0..<cursor].reduce(0) { $0 + TextWidth.width(of: $1) }
        while used > width - 1, start < cursor {
            used -= TextWidth.width(of: characters[start])
            start += 1
        }
        return start
    }

    public func render(in canvas: Canvas) {
        guard canvas.width > 0, canvas.height > 0 else { return }
        let role: Role = isInvalid ? .inputInvalid : .input
        canvas.fill(row: 0, role: role)
        if state.characters.isEmpty && !placeholder.isEmpty {
            canvas.text(TextWidth.truncate(placeholder, to: canvas.width), row: 0, role: .muted)
        }
        let characters = state.characters
        let start = TextField.firstVisible(characters, cursor: state.cursor, width: canvas.width)
        var col = 0
        var cursorCol = 0
        for index in start..<characters.count {
            if index == state.cursor { cursorCol = col }
            let piece = TextSanitizer.sanitize(String(characters[index]))
            let width = TextWidth.width(of: piece)
            if col + width > canvas.width { break }
            col += canvas.text(piece, row: 0, col: col, role: role)
        }
        if state.cursor >= characters.count || state.cursor < start { cursorCol = col }
        if isFocused { canvas.placeCursor(row: 0, col: min(cursorCol, canvas.width - 1)) }
    }
}
