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
