/// Display widths of text in terminal columns. CJK and most emoji take two columns; widths are
/// measured on the sanitized form, which is what the surfaces draw.
public enum TextWidth {
    public static let ellipsis = "…"

    /// Width of a single character as drawn (1 or 2; placeholders count as drawn).
    public static func width(of character: Character) -> Int {
        guard let base = character.unicodeScalars.first else { return 0 }
        let width = ScalarWidth.of(base)
        return width <= 0 ? 1 : min(width, 2)
    }

    /// Width of text as drawn, after sanitizing.
    public static func width(of text: String) -> Int {
        if isPlainASCII(text) { return text.utf8.count }
        if isOneCellPerScalar(text) { return text.unicodeScalars.count }
        return TextSanitizer.sanitize(text).reduce(0) { $0 + width(of: $1) }
    }

    /// Printable ASCII only: one column per byte, nothing to sanitize (the common case, taken fast).
    public static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Text whose every scalar is one cell on its own: printable ASCII plus the narrow, never-combining
    /// symbols screens draw every frame (Latin letters with accents, punctuation like "…" and "·",
    /// currency signs such as "€" and "₽", arrows, box lines, blocks and shapes). None of these needs sanitizing or joins its neighbour
    /// into one grapheme, so such text is drawn scalar by scalar without grapheme breaking.
    public static func isOneCellPerScalar(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E: return true
            case 0xA1...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF, 0x2500...0x25FC:
                return ScalarWidth.of(scalar) == 1
            default: return false
            }
        }
    }

    /// One-character strings for the bytes 0–127, so drawing ASCII makes no new strings.
    static let asciiText: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The drawable graphemes of `text` with their widths.
    public static func cells(of text: String) -> [(character: Character, width: Int)] {
        TextSanitizer.sanitize(text).map { ($0, width(of: $0)) }
    }

    /// Cuts (sanitized) text to at most `width` columns, ending in "…" when something was cut.
    /// A wide character that would straddle the edge is dropped whole.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = TextWidth.ellipsis) -> String {
        guard width > 0 else { return "" }
        if isPlainASCII(text) {
            if text.utf8.count <= width { return text }
            let ellipsisWidth = self.width(of: ellipsis)
            guard ellipsisWidth <= width else { return prefix(text, width: width) }
            return prefix(text, width: width - ellipsisWidth) + ellipsis
        }
        if isOneCellPerScalar(text) {
            if text.unicodeScalars.count <= width { return text }
            let ellipsisWidth = self.width(of: ellipsis)
            guard ellipsisWidth <= width else { return prefix(text, width: width) }
            return prefix(text, width: width - ellipsisWidth) + ellipsis
        }
        let safe = TextSanitizer.sanitize(text)
        let cells = cells(of: safe)
        let total = cells.reduce(0) { $0 + $1.width }
        if total <= width { return safe }
        let ellipsisWidth = self.width(of: ellipsis)
        guard ellipsisWidth <= width else { return prefix(safe, width: width) }
        return prefix(safe, width: width - ellipsisWidth) + ellipsis
    }

    /// The longest leading part of `text` that fits in `width` columns (no ellipsis).
    public static func prefix(_ text: String, width: Int) -> String {
        if isPlainASCII(text) { return String(decoding: text.utf8.prefix(max(0, width)), as: UTF8.self) }
        if isOneCellPerScalar(text) { return String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, width)))) }
        var used = 0
        var result = ""
        for (character, w) in cells(of: text) {
            if used + w > width { break }
            used += w
            result.append(character)
        }
        return result
    }

    /// Truncates and pads text to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, to: width)
        let gap = max(0, width - self.width(of: cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// Word-wraps text into lines of at most `width` columns; words longer than a line are split.
    /// Explicit newlines start a new line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in String(paragraph).split(separator: " ", omittingEmptySubsequences: false) {
                var word = TextSanitizer.sanitize(String(word))
                var wordWidth = self.width(of: word)
                let gap = line.isEmpty ? 0 : 1
                if lineWidth + gap + wordWidth <= width {
                    if gap == 1 { line += " " }
                    line += word
                    lineWidth += gap + wordWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                lineWidth = 0
                while wordWidth > width {
                    let head = prefix(word, width: width)
                    let headCount = head.count
                    lines.append(head)
                    word = String(word.dropFirst(max(headCount, 1)))
                    wordWidth = self.width(of: word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
