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
