import Testing
@testable import TerminalUI

@Suite struct TextWidthTests {
    @Test func cjkAndEmojiTakeTwoColumns() {
        #expect(TextWidth.width(of: "abc") == 3)
        #expect(TextWidth.width(of: "日本語") == 6)
        #expect(TextWidth.width(of: "😀") == 2)
        #expect(TextWidth.width(of: "e\u{301}") == 1)  // combining accent adds no column
    }

    @Test func truncationEndsInEllipsisAndFitsTheWidth() {
        #expect(TextWidth.truncate("hello world", to: 8) == "hello w…")
        #expect(TextWidth.truncate("hello", to: 5) == "hello")
        #expect(TextWidth.truncate("hello", to: 0) == "")
    }

    @Test func truncationNeverCutsAWideCharacterInHalf() {
        // 4 columns: "日" (2) + "…" (1) = 3; a second "日" would need 5.
        let cut = TextWidth.truncate("日本語", to: 4)
        #expect(cut == "日…")
        #expect(TextWidth.width(of: cut) <= 4)
    }

    @Test func fitPadsToTheExactWidth() {
        #expect(TextWidth.fit("ab", to: 4) == "ab  ")
        #expect(TextWidth.fit("ab", to: 4, alignment: .right) == "  ab")
        #expect(TextWidth.width(of: TextWidth.fit("日本語です", to: 7)) == 7)
    }

    @Test func wrapBreaksAtSpacesAndSplitsLongWords() {
        #expect(TextWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWidth.wrap("a\nb", width: 4) == ["a", "b"])
    }
}

@Suite struct TextSanitizerTests {
    @Test func escapeSequencesBecomeVisible() {
        let safe = TextSanitizer.sanitize("evil\u{1B}[2Jname")
        #expect(safe == "evil\u{241B}[2Jname")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func c0C1AndDeleteAreReplaced() {
        let safe = TextSanitizer.sanitize("a\tb\nc\u{7F}d\u{9B}e\u{0}")
        #expect(safe == "a\u{2409}b\u{240A}c\u{2421}d\u{FFFD}e\u{2400}")
    }

    @Test func bidiOverridesAndZeroWidthCharactersAreShown() {
        #expect(TextSanitizer.sanitize("abc\u{202E}fdp.exe") == "abc\u{FFFD}fdp.exe")
        #expect(TextSanitizer.sanitize("pay\u{200B}pal") == "pay\u{FFFD}pal")
        #expect(TextSanitizer.sanitize("\u{2066}x\u{2069}") == "\u{FFFD}x\u{FFFD}")
    }

    @Test func aLoneCombiningMarkGetsAVisibleBase() {
        #expect(TextSanitizer.sanitize("\u{301}x") == "\u{25CC}\u{301}x")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["hello", "Ünïcödé", "日本語", "😀 ok", "привет"] {
            #expect(TextSanitizer.sanitize(text) == text)
        }
    }

    @Test func sanitizingTwiceChangesNothingMore() {
        let once = TextSanitizer.sanitize("\u{1B}]0;title\u{7}\u{202E}\u{301}")
        #expect(TextSanitizer.sanitize(once) == once)
    }
}
