import Testing
@testable import TerminalUI

/// Invariants checked over many generated strings mixing the troublesome kinds of characters.
@Suite struct TextInvariantTests {
    static let pool: [String] = ["a", "Z", " ", "日", "語", "😀", "é", "e\u{301}", "\u{301}", "\u{1B}", "[", "\n", "\t",
                                 "\u{7F}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{0}",
                                 "ж", "👍🏽", "한", "…", "\u{2028}"]

    /// A fixed pseudo-random sequence so failures reproduce.
    static func samples(count: Int = 400) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in (0..<(next() % 12)).map { _ in pool[next() % pool.count] }.joined() }
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    @Test func sanitizedTextHasNoControlBidiOrInvisibleCharacters() {
        for text in Self.samples() {
            let safe = TextSanitizer.sanitize(text)
            #expect(!safe.unicodeScalars.contains(where: Self.isUnsafe), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func truncationNeverExceedsTheWidth() {
        for text in Self.samples() {
            for width in 0...10 {
                #expect(TextWidth.width(of: TextWidth.truncate(text, to: width)) <= width)
                #expect(TextWidth.width(of: TextWidth.fit(text, to: width)) == width)
            }
        }
    }

    @Test func theGridNeverHoldsHalfAWideCharacter() {
        var grid = CellGrid(size: Size(rows: 1, cols: 9))
        for (index, text) in Self.samples().enumerated() {
            grid.put(text, row: 0, col: index % 9 - 1, role: .text, maxWidth: index % 7 + 1)
            for col in 0..<9 {
                guard let cell = grid[0, col] else { continue }
                if cell.isContinuation { #expect(col > 0 && grid[0, col - 1]?.width == 2) }
                if cell.width == 2 { #expect(col < 8 && grid[0, col + 1]?.isContinuation == true) }
            }
        }
    }
}
