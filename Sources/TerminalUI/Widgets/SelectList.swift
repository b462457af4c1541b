/// One choice of a select list; a disabled option says why.
public struct SelectOption: Hashable, Sendable {
    public var label: String
    public var hint: String?
    public var disabledReason: String?

    public init(_ label: String, hint: String? = nil, disabledReason: String? = nil) {
        self.label = label
        self.hint = hint
        self.disabledReason = disabledReason
    }

    public var isEnabled: Bool { disabledReason == nil }
}

/// Which option the cursor is on and which one is chosen.
public struct SelectListState: Hashable, Sendable {
    public var highlighted: Int
    public var chosen: Int?

    public init(highlighted: Int = 0, chosen: Int? = nil) {
        self.highlighted = highlighted
        self.chosen = chosen
    }

    /// Up/down move over enabled options only; Space/Enter choose the highlighted one.
    public mutating func handle(_ key: Key, options: [SelectOption]) -> Bool {
        switch key {
        case .up, .char("k"): move(by: -1, options: options)
        case .down, .char("j"): move(by: 1, options: options)
        case .home: highlighted = options.firstIndex(where: \.isEnabled) ?? 0
        case .end: highlighted = options.lastIndex(where: \.isEnabled) ?? 0
        case .char(" "), .enter:
            guard options.indices.contains(highlighted), options[highlighted].isEnabled else { return true }
            chosen = highlighted
        default: return false
        }
        return true
    }

    private mutating func move(by step: Int, options: [SelectOption]) {
        var index = highlighted + step
        while options.indices.contains(index) {
            if options[index].isEnabled {
                highlighted = index
                return
            }
            index += step
        }
    }
}

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
