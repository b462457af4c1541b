/// The characters the terminal can show. Widgets draw with Unicode lines, bars and symbols; under
/// a non-UTF-8 locale (`LANG=C`, `LC_ALL=POSIX`, Latin-1) the terminal would show their UTF-8 bytes
/// as mojibake, so the ncurses surface writes each cell through `shown(_:)`, which maps them to ASCII.
public enum GlyphSet: Hashable, Sendable {
    case unicode
    case ascii

    /// Chosen once at start from the user's locale (`LocaleSetup`).
    /// - Parameters:
    ///   - name: the user's locale variable (LC_ALL, else LC_CTYPE, else LANG); nil when none is set.
    ///   - codesetIsUTF8: what `nl_langinfo(CODESET)` said after `setlocale(LC_ALL, "")`.
    /// No locale variable at all (containers, CI, tmux started by a service) keeps Unicode: every
    /// terminal emulator in use today is UTF-8, and only an explicit non-UTF-8 choice says otherwise.
    public static func forLocale(named name: String?, codesetIsUTF8: Bool) -> GlyphSet {
        if codesetIsUTF8 { return .unicode }
        guard let name, !name.isEmpty else { return .unicode }
        // A UTF-8 locale that is not installed still means a UTF-8 terminal.
        let lowered = name.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8") ? .unicode : .ascii
    }

    /// The text of one cell as this glyph set can show it: unchanged in Unicode; in ASCII, line
    /// drawing becomes `+ - |`, bars `#`, symbols their nearest ASCII sign, anything else `?`.
    public func shown(_ cell: String) -> String {
        guard self == .ascii, !cell.utf8.allSatisfy({ $0 < 0x80 }) else { return cell }
        let scalars = cell.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return "?" }
        return GlyphSet.asciiStandIn(for: scalar)
    }

    static func asciiStandIn(for scalar: Unicode.Scalar) -> String {
        if let sign = asciiSigns[scalar] { return sign }
        switch scalar.value {
        case 0x2500...0x257F: return boxStandIn(scalar)
        case 0x2580...0x259F: return scalar == "░" ? "." : "#"  // block elements: bars and sparklines
        case 0x2400...0x2421: return "^"  // control pictures (␛ for a hostile ESC, ␊...)
        default: return "?"
        }
    }

    private static func boxStandIn(_ scalar: Unicode.Scalar) -> String {
        if "─━═╌╍┄┅┈┉╴╶╸╺╼╾".unicodeScalars.contains(scalar) { return "-" }
        if "│┃║╎╏┆┇┊┋╵╷╹╻╽╿".unicodeScalars.contains(scalar) { return "|" }
        return "+"
    }

    private static let asciiSigns: [Unicode.Scalar: String] = [
        "●": "*", "•": "*", "◆": "*", "★": "*", "■": "#", "○": "o", "◇": "o", "☆": "o", "□": "o", "◌": "o",
        "…": "~", "·": ".", "—": "-", "–": "-", "‒": "-", "−": "-", "\u{00A0}": " ",
        "›": ">", "‹": "<", "»": ">", "«": "<", "→": ">", "←": "<", "↑": "^", "↓": "v", "⇥": ">",
        "▶": ">", "▸": ">", "◀": "<", "◂": "<", "▲": "^", "▴": "^", "▼": "v", "▾": "v",
        "✓": "v", "✔": "v", "✗": "x", "✘": "x", "×": "x", "✉": "@", "⚠": "!", "⏳": "~",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "≥": ">", "≤": "<", "≠": "#", "±": "+",
        "\u{FFFD}": "?",
    ]
}
