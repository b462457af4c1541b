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
