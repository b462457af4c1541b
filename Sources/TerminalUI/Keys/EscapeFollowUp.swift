/// What an Escape that ncurses returned really was. A terminal sends a key terminfo does not list
/// (End as `ESC O F` where terminfo says `ESC [ F`, Ctrl+Shift+Home, an F-key above F12) as the
/// bytes of its escape sequence; ncurses, finding no match, hands them back one by one: Escape, '[',
/// '1', ... Read as keys, that Escape went Back (and quit at the first screen) and the rest typed
/// letters. A person cannot press Esc and another key in the same instant, so characters already
/// waiting behind an Escape that open a sequence (`[` or `O`) are read to the sequence's end and the
/// whole is one unrecognised key, which nothing is bound to.
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
            for _ in 0..<longestSequence {
                guard let key = next() else { break }
                guard case .char(let character) = key, let byte = character.asciiValue, (0x20...0x3F).contains(byte) else { break }
            }
            return (.unknown(27), nil)
        case .char("O"):
            // SS3: exactly one more byte.
            _ = next()
            return (.unknown(27), nil)
        default:
            return (.escape, first)
        }
    }

    /// Longer than any key's sequence (`ESC [ 1 ; 2 ; 3 ~` style, with a mouse report's digits).
    static let longestSequence = 32
}
