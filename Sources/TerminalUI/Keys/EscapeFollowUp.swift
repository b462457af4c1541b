/// What an Escape that ncurses returned really was. A terminal sends a key terminfo does not list as
/// the bytes of its escape sequence: End as `ESC [ 4 ~` from tmux when TERM says xterm (whose End is
/// `ESC O F`), Ctrl+Shift+Home, an F-key above F12. ncurses, finding no match, hands them back one by
/// one: Escape, '[', '4', '~'. Read as keys, that Escape went Back (and quit at the first screen) and
/// the rest typed letters. A person cannot press Esc and another key in the same instant, so
/// characters already waiting behind an Escape that open a sequence (`[` or `O`) are read to the
/// sequence's end: the keys every VT220, xterm, rxvt and tmux send alike (arrows, Home, End, paging,
/// Insert, Delete, F1-F12, Shift+Tab, Ctrl+arrows) become those keys, and any other sequence is one
/// unrecognised key, which nothing is bound to.
///
/// Anything else waiting behind the Escape (a script's "Escape q", Esc Esc from tmux) keeps its old
/// meaning: the Escape, then that key. Pure: `next` gives the key already waiting, nil when none is.
public enum EscapeFollowUp {
    /// The key the Escape stands for, and a key read while finding out that still has to be handled.
    public static func resolve(next: () -> Key?) -> (key: Key, leftOver: Key?) {
        guard let first = next() else { return (.escape, nil) }
        switch first {
        case .char("["):
            // CSI: parameter and intermediate bytes (0x20-0x3F), then one final byte. A bound on the
            // length keeps a runaway paste of digits from being swallowed whole.
            var parameters = ""
            for _ in 0..<longestSequence {
                guard let key = next() else { break }
                guard case .char(let character) = key, let byte = character.asciiValue else { break }
                if (0x20...0x3F).contains(byte) {
                    parameters.append(character)
                    continue
                }
                return (controlSequence(parameters: parameters, final: character) ?? unrecognised, nil)
            }
            return (unrecognised, nil)
        case .char("O"):
            // SS3: exactly one more byte.
            guard case .char(let final)? = next() else { return (unrecognised, nil) }
            return (singleShift(final) ?? unrecognised, nil)
        default:
            return (.escape, first)
        }
    }

    /// Longer than any key's sequence (`ESC [ 1 ; 2 ; 3 ~` style, with a mouse report's digits).
    static let longestSequence = 32

    static let unrecognised = Key.unknown(27)

    /// `ESC [ parameters final`, as xterm, rxvt, the Linux console and tmux send keys.
    static func controlSequence(parameters: String, final: Character) -> Key? {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let modifier = fields.count > 1 ? fields[1] : nil
        switch final {
        case "A": return modifier == nil || modifier == 1 ? .up : nil
        case "B": return modifier == nil || modifier == 1 ? .down : nil
        case "C": return modifier == 5 ? .ctrlRight : modifier == nil || modifier == 1 ? .right : nil
        case "D": return modifier == 5 ? .ctrlLeft : modifier == nil || modifier == 1 ? .left : nil
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~":
            guard let code = fields.first ?? nil else { return nil }
            switch code {
            case 1, 7: return .home
            case 4, 8: return .end
            case 2: return .insert
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(code - 10)
            case 17...21: return .function(code - 11)
            case 23, 24: return .function(code - 12)
            default: return nil
            }
        default: return nil
        }
    }

    /// `ESC O final`: the cursor and keypad keys in application mode, and F1-F4.
    static func singleShift(_ final: Character) -> Key? {
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        default: return nil
        }
    }
}
