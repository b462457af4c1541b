/// Key hints in a row ("q Back  ? Help"); hints that do not fit are left out whole, not cut.
public struct KeyHintsBar: Widget {
    public var hints: [KeyHint]
    public var role: Role
    public var keyRole: Role

    public init(_ hints: [KeyHint], role: Role = .statusBar, keyRole: Role = .statusBarKey) {
        self.hints = hints
        self.role = role
        self.keyRole = keyRole
    }

    public func render(in canvas: Canvas) {
        var col = 0
        for hint in hints {
            let width = TextWidth.width(of: hint.keys) + 1 + TextWidth.width(of: hint.help)
            if col + width > canvas.width { break }
            col += canvas.text(hint.keys, row: 0, col: col, role: keyRole)
            col += canvas.text(" " + hint.help, row: 0, col: col, role: role)
            col += canvas.text("  ", row: 0, col: col, role: role)
        }
    }
}

extension KeyHintsBar {
    /// The footer for a keymap: its bindings marked `inFooter`, in keymap order.
    public init<Action>(keymap: Keymap<Action>) {
        self.init(keymap.footerHints)
    }
}
