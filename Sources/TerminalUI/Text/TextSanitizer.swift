/// Makes text that came from a user safe to draw: control characters, escape sequences, bidi
/// overrides and invisible format characters become visible placeholders, so no byte of user text
/// can move the cursor, change colours or reorder the screen.
public enum TextSanitizer {
    /// Shown for invisible characters that have no control picture (C1, bidi, zero-width).
    public static let invisiblePlaceholder = "\u{FFFD}"
    /// Put before a combining mark that has no base character, as Unicode charts do.
    public static let dottedCircle = "\u{25CC}"

    public static func sanitize(_ text: String) -> String {
        if TextWidth.isPlainASCII(text) { return text }
        var scalarsSafe = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = placeholder(for: scalar) {
                scalarsSafe.append(contentsOf: replacement.unicodeScalars)
            } else {
                scalarsSafe.append(scalar)
            }
        }
        // Second pass per grapheme: a cluster with no visible base gets one.
        var result = ""
        for character in String(scalarsSafe) {
            guard let base = character.unicodeScalars.first else { continue }
            let baseWidth = ScalarWidth.of(base)
            if baseWidth < 0 {
                result += invisiblePlaceholder
            } else if baseWidth == 0 {
                result += dottedCircle
                result.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The visible stand-in for a scalar that must not reach the terminal, or nil if it is safe.
    public static func placeholder(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00...0x1F:
            // Control Pictures block: ␀ … ␟, so ESC shows as ␛ and a newline as ␊.
            return String(Character(Unicode.Scalar(0x2400 + value) ?? "?"))
        case 0x7F:
            return "\u{2421}"  // ␡
        case 0x80...0x9F:
            return invisiblePlaceholder
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned:
            // Bidi overrides/isolates, zero-width space/joiners, BOM, soft hyphen, U+2028/9.
            return invisiblePlaceholder
        default:
            return nil
        }
    }
}
