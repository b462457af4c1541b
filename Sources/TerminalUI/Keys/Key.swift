/// A key press as the application sees it, decoded from ncurses `get_wch`.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    /// Ctrl with an arrow: word jumps in text fields.
    case ctrlLeft, ctrlRight
    case tab, backTab, enter, escape
    case backspace, delete, insert
    case function(Int)
    /// Ctrl with a letter, stored lower-case: `.ctrl("c")`.
    case ctrl(Character)
    /// The terminal changed size; the new size is already in effect.
    case resize
    /// A key code ncurses knows but this layer does not name; 27 for an escape sequence terminfo
    /// does not list (`EscapeFollowUp`).
    case unknown(Int32)

    /// Short label used in footers and the help overlay.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .ctrlLeft: return "^←"
        case .ctrlRight: return "^→"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "^" + String(c).uppercased()
        case .resize: return "Resize"
        case .unknown(let code): return "key \(code)"
        }
    }

    /// True for keys that type a character into a text field.
    public var typedCharacter: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}
