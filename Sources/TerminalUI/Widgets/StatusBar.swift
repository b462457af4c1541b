import Foundation

/// The bottom row: where you are on the left, then the key hints; a live message takes the hints'
/// place until it expires.
public struct StatusBar: Widget {
    public var location: String
    public var hints: [KeyHint]
    public var message: StatusMessage?
    public var now: Date

    public init(location: String, hints: [KeyHint], message: StatusMessage? = nil, now: Date) {
        self.location = location
        self.hints = hints
        self.message = message
        self.now = now
    }

    public func render(in canvas: Canvas) {
        guard canvas.height > 0 else { return }
        canvas.fill(row: 0, role: .statusBar)
        let place = TextWidth.truncate(location, to: max(0, canvas.width / 2))
        var col = canvas.text(place, row: 0, role: .statusBar)
        if col > 0 { col += canvas.text(" │ ", row: 0, col: col, role: .statusBar) }
        let rest = canvas.sub(Rect(row: 0, col: col, height: 1, width: canvas.width - col))
        if let message, message.isVisible(at: now) {
            rest.text(TextWidth.truncate(message.text, to: rest.width), row: 0, role: message.role)
        } else {
            KeyHintsBar(hints).render(in: rest)
        }
    }
}
