/// A radio list: "(•)" marks the chosen option, the highlighted row is the selection, disabled options
/// are muted with their reason, and the highlighted option's hint shows on the last row.
public struct SelectList: Widget {
    public var options: [SelectOption]
    public var state: SelectListState
    public var isFocused: Bool

    public init(options: [SelectOption], state: SelectListState, isFocused: Bool = false) {
        self.options = options
        self.state = state
        self.isFocused = isFocused
    }

    public func render(in canvas: Canvas) {
        guard canvas.height > 0 else { return }
        let highlighted = options.indices.contains(state.highlighted) ? options[state.highlighted] : nil
        let hint = highlighted?.hint
        let listHeight = hint != nil && canvas.height > 1 ? canvas.height - 1 : canvas.height
        let first = max(0, min(state.highlighted - listHeight + 1, options.count - listHeight))
        for row in 0..<listHeight where first + row < options.count {
            let index = first + row
            let option = options[index]
            let mark = state.chosen == index ? "(•) " : "( ) "
            var text = mark + option.label
            if let reason = option.disabledReason { text += " — " + reason }
            let role: Role
            if index == state.highlighted && isFocused {
                role = .selection
                canvas.fill(row: row, role: role)
            } else {
                role = option.isEnabled ? .text : .muted
            }
            canvas.text(TextWidth.truncate(text, to: canvas.width), row: row, role: role)
        }
        if let hint, canvas.height > 1 {
            canvas.text(TextWidth.truncate(hint, to: canvas.width), row: canvas.height - 1, role: .info)
        }
    }
}
