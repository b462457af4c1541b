import Testing
@testable import TerminalUI

@Suite struct InMemorySurfaceTests {
    @Test func putDrawsTextAndKeepsTheRole() {
        let surface = InMemorySurface(rows: 2, cols: 10)
        surface.put("hi", at: Point(row: 1, col: 3), role: .error)
        #expect(surface.dump() == "\n   hi")
        #expect(surface.role(at: Point(row: 1, col: 3)) == .error)
        #expect(surface.role(at: Point(row: 1, col: 5)) == .text)
    }

    @Test func textIsClippedAtTheRightEdge() {
        let surface = InMemorySurface(rows: 1, cols: 5)
        let written = surface.put("abcdefgh", at: Point(row: 0, col: 2), role: .text)
        #expect(surface.dump() == "  abc")
        #expect(written == 3)
    }

    @Test func aWideCharacterThatDoesNotFitAtTheEdgeBecomesASpace() {
        let surface = InMemorySurface(rows: 1, cols: 5)
        surface.put("ab日本", at: Point(row: 0, col: 0), role: .text)
        #expect(surface.dump(trimmingTrailingSpaces: false) == "ab日 ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        let surface = InMemorySurface(rows: 1, cols: 6)
        surface.put("日本語", at: Point(row: 0, col: 0), role: .text)
        surface.put("x", at: Point(row: 0, col: 1), role: .text)  // right half of 日
        #expect(surface.dump(trimmingTrailingSpaces: false) == " x本語")
        surface.put("y", at: Point(row: 0, col: 2), role: .text)  // left half of 本
        #expect(surface.dump(trimmingTrailingSpaces: false) == " xy 語")
    }

    @Test func userTextNeverReachesTheGridRaw() {
        let surface = InMemorySurface(rows: 1, cols: 20)
        surface.put("a\u{1B}[31mb", at: Point(row: 0, col: 0), role: .text)
        #expect(surface.dump() == "a\u{241B}[31mb")
    }

    @Test func beginFrameStartsFromABlankGridAndHidesTheCursor() {
        let surface = InMemorySurface(rows: 1, cols: 4)
        surface.put("abcd", at: Point(row: 0, col: 0), role: .text)
        surface.cursor = Point(row: 0, col: 1)
        surface.beginFrame()
        #expect(surface.dump() == "")
        #expect(surface.cursor == nil)
    }

    @Test func canvasClipsToItsRectangleAndMarksTheCut() {
        let surface = InMemorySurface(rows: 3, cols: 10)
        let canvas = Canvas(surface, Rect(row: 1, col: 2, height: 1, width: 4))
        canvas.text("abcdefg", row: 0, role: .text)
        canvas.text("zzz", row: 1, role: .text)  // outside: ignored
        #expect(surface.dump() == "\n  abc…\n")
    }

    @Test func boxDrawsABorderWithTitle() {
        let surface = InMemorySurface(rows: 3, cols: 12)
        Canvas(surface, surface.bounds).box(title: "Hi")
        #expect(surface.dump() == """
        ┌─ Hi ─────┐
        │          │
        └──────────┘
        """)
    }
}
