/// A yes / no question. `nil` means not answered yet (a required field shows both unchosen).
public struct YesNoToggle: Widget {
    public var value: Bool?
    public var isFocused: Bool
    public var yesLabel: String
    public var noLabel: String

    public init(value: Bool?, isFocused: Bool = false, yesLabel: String = "Yes", noLabel: String = "No") {
        self.value = value
        self.isFocused = isFocused
        self.yesLabel = yesLabel
        self.noLabel = noLabel
    }

    /// y / n, Left / Right and Space change the answer; returns the new value, or nil if not a toggle key.
    public static func handle(_ key: Key, value: Bool?) -> Bool?? {
        switch key {
        case .char("y"), .char("Y"), .left: return .some(true)
        case .char("n"), .char("N"), .right: return .some(false)
        case .char(" "): return .some(!(value ?? false))
        default: return nil
        }
    }

    public func render(in canvas: Canvas) {
        func role(selected: Bool) -> Role {
            if selected { return isFocused ? .selection : .focus }
            return .text
        }
        var col = canvas.text((value == true ? "(•) " : "( ) ") + yesLabel, row: 0, role: role(selected: value == true))
        col += canvas.text("  ", row: 0, col: col, role: .text)
        canvas.text((value == false ? "(•) " : "( ) ") + noLabel, row: 0, col: col, role: role(selected: value == false))
    }
}
