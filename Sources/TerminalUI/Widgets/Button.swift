/// A push button: "[ Save ]". A disabled button is muted and cannot be focused.
public struct Button: Widget, Hashable, Sendable {
    public var title: String
    public var isFocused: Bool
    public var isEnabled: Bool

    public init(_ title: String, isFocused: Bool = false, isEnabled: Bool = true) {
        self.title = title
        self.isFocused = isFocused
        self.isEnabled = isEnabled
    }

    public var label: String { "[ " + title + " ]" }
    public var width: Int { TextWidth.width(of: label) }

    public func render(in canvas: Canvas) {
        let role: Role = !isEnabled ? .muted : (isFocused ? .buttonFocus : .button)
        canvas.text(TextWidth.truncate(label, to: canvas.width), row: 0, role: role)
    }
}

/// Buttons side by side, right-aligned, two spaces apart.
public struct ButtonRow: Widget {
    public var buttons: [Button]

    public init(_ buttons: [Button]) { self.buttons = buttons }

    public func render(in canvas: Canvas) {
        let total = buttons.reduce(0) { $0 + $1.width } + 2 * max(0, buttons.count - 1)
        var col = max(0, canvas.width - total)
        for button in buttons {
            button.render(in: canvas.sub(Rect(row: 0, col: col, height: 1, width: canvas.width - col)))
            col += button.width + 2
        }
    }
}
