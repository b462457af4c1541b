import Testing
@testable import TerminalUI

/// Plain ASCII and one-cell-per-scalar text take shortcuts when measured and drawn; they must give
/// exactly what the general (sanitize, split into graphemes, measure each) path gives.
@Suite struct TextFastPathTests {
    /// A deterministic mix of characters from inside and just outside the shortcut's ranges.
    static let alphabet: [String] = ["a", "Z", " ", "~", "é", "ß", "…", "·", "›", "→", "─", "│", "┌", "█", "●", "▲",
                                     "日", "😀", "€", "₽", "₹", "\u{20C0}", "\u{20C1}", "\u{20D0}", "e\u{301}", "\u{1B}", "\u{7F}", "\u{AD}", "\u{202E}", "\u{200B}", "\t", "\u{A0}"]

    static func samples() -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<2_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59)
            return (0..<length).map { index in alphabet[Int((state >> UInt64(index % 48)) % UInt64(alphabet.count))] }.joined()
        }
    }

    /// The general path, as before the shortcuts: sanitized graphemes and their widths.
    static func slowCells(_ text: String) -> [(String, Int)] {
        TextSanitizer.sanitize(text).map { character in
            let width = ScalarWidth.of(character.unicodeScalars.first ?? " ")
            return (String(character), width <= 0 ? 1 : min(width, 2))
        }
    }

    @Test func widthsAgreeWithTheGeneralPath() {
        for text in Self.samples() {
            #expect(TextWidth.width(of: text) == Self.slowCells(text).reduce(0) { $0 + $1.1 }, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func drawnCellsAgreeWithTheGeneralPath() {
        for text in Self.samples() {
            var grid = CellGrid(size: Size(rows: 1, cols: 40))
            let written = grid.put(text, row: 0, col: 2, role: .text, maxWidth: 30)
            var expected = CellGrid(size: Size(rows: 1, cols: 40))
            var col = 2
            for (character, width) in Self.slowCells(text) {
                guard col + width <= 32 else { break }
                expected.put(character == " " ? " " : character, row: 0, col: col, role: .text)
                col += width
            }
            #expect(grid.rowText(0) == expected.rowText(0), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(written <= 30)
        }
    }

    @Test func truncationAndPrefixAgreeWithTheGeneralPath() {
        for text in Self.samples() where TextWidth.isOneCellPerScalar(text) {
            for width in 0...8 {
                let slow = Self.slowCells(text)
                let cut = TextWidth.truncate(text, to: width)
                #expect(TextWidth.width(of: cut) <= width)
                #expect(slow.count <= width ? cut == text : cut.hasSuffix("…") || width == 0)
                #expect(TextWidth.prefix(text, width: width) == slow.prefix(width).map(\.0).joined())
            }
        }
        for text in Self.samples() where TextWidth.isPlainASCII(text) {
            for width in 0...8 {
                let cut = TextWidth.truncate(text, to: width)
                #expect(TextWidth.width(of: cut) <= width)
                #expect(text.utf8.count <= width ? cut == text : cut.hasSuffix("…") || width == 0)
                #expect(TextWidth.prefix(text, width: width) == String(text.prefix(width)))
            }
        }
    }
}
