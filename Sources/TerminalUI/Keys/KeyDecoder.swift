import CNcursesw

/// Turns what `get_wch` returned into a `Key`. Pure, so every code path is testable without a terminal.
public enum KeyDecoder {
    /// - Parameters:
    ///   - status: `get_wch`'s return value (`OK` for a character, `KEY_CODE_YES` for a key code).
    ///   - value: the character or key code it stored.
    /// - Returns: nil when `status` is `ERR` (no key before the timeout).
    public static func decode(status: Int32, value: UInt32) -> Key? {
        if status == ERR { return nil }
        if status == KEY_CODE_YES { return decodeKeyCode(Int32(bitPattern: value)) }
        return decodeCharacter(value)
    }

    static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace  // ^H and DEL: terminals send either for Backspace
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0: return .ctrl("@")
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int32(bitPattern: value)) }
            return .char(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        case parley_key_f(1)...parley_key_f(12):
            return .function(Int(code - parley_key_f(0)))
        default:
            // Modified arrows have no fixed KEY_ constant; terminfo names them.
            guard let name = keyname(code) else { return .unknown(code) }
            switch String(cString: name) {
            case "kLFT5": return .ctrlLeft
            case "kRIT5": return .ctrlRight
            default: return .unknown(code)
            }
        }
    }
}
