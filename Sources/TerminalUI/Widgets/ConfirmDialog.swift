/// A modal question with two buttons, drawn centred over whatever is behind it.
public struct ConfirmDialog: Widget, Hashable, Sendable {
    public enum Choice: Hashable, Sendable { case confirm, cancel }

    public var title: String
    public var message: String
    public var confirmTitle: String
    public var cancelTitle: String
    /// Which button has focus; destructive dialogs start on cancel.
    public var focus: Choice

    public init(title: String, message: String, confirmTitle: String = "Yes", cancelTitle: String = "No",
                focus: Choice = .cancel) {
        self.title = title
        self.message = message
        self.confirmTitle = confirmTitle
        self.cancelTitle = cancelTitle
        self.focus = focus
    }

    /// Tab/arrows move focus; Enter answers with the focused button; y confirms; n/Esc cancel.
    /// Returns the answer once given.
    public mutating func handle(_ key: Key) -> Choice? {
        switch key {
        case .tab, .backTab, .left, .right, .char("h"), .char("l"):
            focus = focus == .confirm ? .cancel : .confirm
            return nil
        case .enter: return focus
        case .char("y"), .char("Y"): return .confirm
        case .char("n"), .char("N"), .escape: return .cancel
        default: return nil
        }
    }

    public func render(in canvas: Canvas) {
        let buttons = [Button(confirmTitle, isFocused: focus == .confirm), Button(cancelTitle, isFocused: focus == .cancel)]
        let buttonsWidth = buttons.reduce(0) { $0 + $1.width } + 2
        let width = min(canvas.width, max(buttonsWidth + 4, min(60, TextWidth.width(of: message) + 4), TextWidth.width(of: title) + 6))
        let lines = TextWidth.wrap(message, width: max(1, width - 4))
        let height = min(canvas.height, lines.count + 4)
        let frame = canvas.sub(canvas.rect.centeredRelative(height: height, width: width))
        frame.fill(role: .dialog)
        let inside = frame.box(title: title, role: .border, titleRole: .title)
        // A blank row above the buttons when there is room; when the message is cut, say so.
        let room = inside.height - (inside.height >= lines.count + 2 ? 2 : 1)
        for (row, line) in lines.prefix(max(0, room)).enumerated() {
            let cut = row == room - 1 && lines.count > room
            inside.text(cut ? TextWidth.truncate(line + " …", to: inside.width - 2) : line, row: row, col: 1, role: .dialog)
        }
        ButtonRow(buttons).render(in: inside.sub(Rect(row: inside.height - 1, col: 0, height: 1, width: inside.width - 1)))
    }
}

extension Rect {
    /// A centred rectangle in coordinates relative to this one.
    func centeredRelative(height: Int, width: Int) -> Rect {
        let h = min(height, self.height), w = min(width, self.width)
        return Rect(row: (self.height - h) / 2, col: (self.width - w) / 2, height: h, width: w)
    }
}
