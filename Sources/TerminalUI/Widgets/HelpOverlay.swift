/// The `?` overlay: every key of the current keymap with its help, in a centred box.
public struct HelpOverlay: Widget {
    public var title: String
    public var hints: [KeyHint]

    public init(title: String = "Keys", hints: [KeyHint]) {
        self.title = title
        self.hints = hints
    }

    public func render(in canvas: Canvas) {
        let keyWidth = min(12, hints.map { TextWidth.width(of: $0.keys) }.max() ?? 0)
        let helpWidth = hints.map { TextWidth.width(of: $0.help) }.max() ?? 0
        let footer = "any key closes"
        let width = min(canvas.width, max(keyWidth + 2 + helpWidth, TextWidth.width(of: footer)) + 4)
        let height = min(canvas.height, hints.count + 3)
        let frame = canvas.sub(canvas.rect.centeredRelative(height: height, width: width))
        frame.fill(role: .dialog)
        let inside = frame.box(title: title)
        let rows = inside.height - 1
        let shown = hints.count > rows ? max(0, rows - 1) : hints.count
        for (row, hint) in hints.prefix(shown).enumerated() {
            inside.text(TextWidth.fit(hint.keys, to: keyWidth), row: row, col: 1, role: .statusBarKey)
            inside.text(hint.help, row: row, col: keyWidth + 3, role: .dialog)
        }
        if shown < hints.count { inside.text("… \(hints.count - shown) more", row: shown, col: 1, role: .muted) }
        if rows >= 0 {
            inside.text(TextWidth.truncate(footer, to: inside.width - 1), row: inside.height - 1, col: 1, role: .muted)
        }
    }
}

extension HelpOverlay {
    /// The `?` overlay for a keymap: every binding, in keymap order.
    public init<Action>(title: String = "Keys", keymap: Keymap<Action>) {
        self.init(title: title, hints: keymap.helpHints)
    }
}
