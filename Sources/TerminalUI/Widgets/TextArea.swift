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
