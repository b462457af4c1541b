import CNcursesw
import Testing
@testable import TerminalUI

@Suite struct KeyDecoderTests {
    func code(_ value: Int32) -> Key? { KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(value)) }
    func char(_ value: UInt32) -> Key? { KeyDecoder.decode(status: OK, value: value) }

    @Test func noKeyBeforeTheTimeoutIsNil() {
        #expect(KeyDecoder.decode(status: ERR, value: 0) == nil)
    }

    @Test func cursorAndPagingKeys() {
        #expect(code(KEY_UP) == .up)
        #expect(code(KEY_DOWN) == .down)
        #expect(code(KEY_LEFT) == .left)
        #expect(code(KEY_RIGHT) == .right)
        #expect(code(KEY_PPAGE) == .pageUp)
        #expect(code(KEY_NPAGE) == .pageDown)
        #expect(code(KEY_HOME) == .home)
        #expect(code(KEY_END) == .end)
        #expect(code(KEY_BTAB) == .backTab)
        #expect(code(KEY_DC) == .delete)
        #expect(code(KEY_RESIZE) == .resize)
    }

    @Test func bothBackspaceCodesAndTheKeypadBackspace() {
        #expect(char(127) == .backspace)
        #expect(char(8) == .backspace)
        #expect(code(KEY_BACKSPACE) == .backspace)
    }

    @Test func enterTabEscapeAndControlLetters() {
        #expect(char(10) == .enter)
        #expect(char(13) == .enter)
        #expect(code(KEY_ENTER) == .enter)
        #expect(char(9) == .tab)
        #expect(char(27) == .escape)
        #expect(char(3) == .ctrl("c"))
        #expect(char(24) == .ctrl("x"))
    }

    @Test func functionKeysOneToTen() {
        for n in 1...10 { #expect(code(parley_key_f(Int32(n))) == .function(n)) }
    }

    @Test func anyUnicodeCharacter() {
        #expect(char(0x61) == .char("a"))
        #expect(char(0x65E5) == .char("日"))
        #expect(char(0x1F600) == .char("😀"))
    }
}

@Suite struct KeymapTests {
    enum Action: Sendable, Equatable { case back, help, down }
    let keymap = Keymap<Action>([
        KeyBinding([.char("q"), .escape], .back, help: "Back"),
        KeyBinding([.char("?")], .help, help: "Help"),
        KeyBinding([.char("j"), .down], .down, help: "Next row", inFooter: false),
    ])

    @Test func aKeyFindsItsAction() {
        #expect(keymap.action(for: .escape) == .back)
        #expect(keymap.action(for: .down) == .down)
        #expect(keymap.action(for: .char("x")) == nil)
    }

    @Test func footerAndHelpComeFromTheSameBindings() {
        #expect(keymap.footerHints == [KeyHint(keys: "q/Esc", help: "Back"), KeyHint(keys: "?", help: "Help")])
        #expect(keymap.helpHints.map(\.keys) == ["q/Esc", "?", "j/↓"])
    }
}

@Suite("An Escape with characters already behind it")
struct EscapeFollowUpTests {
    /// Feeds `waiting` to `resolve` as the keys already typed behind the Escape.
    func resolve(_ waiting: [Key]) -> (key: Key, leftOver: Key?, unread: [Key]) {
        var queue = waiting[...]
        let result = EscapeFollowUp.resolve { queue.popFirst() }
        return (result.key, result.leftOver, Array(queue))
    }

    func chars(_ text: String) -> [Key] { text.map { .char($0) } }

    @Test("Nothing behind it: the Esc key")
    func aloneItIsEscape() {
        let result = resolve([])
        #expect(result.key == .escape)
        #expect(result.leftOver == nil)
    }

    @Test("A sequence nobody sends for a key is one unknown key, read to its final byte and no further",
          arguments: ["[99~", "[200~", "[1;3A", "[M", "Oz", "[?"])
    func unknownSequenceIsOneUnknownKey(sequence: String) {
        let result = resolve(chars(sequence) + [.char("j")])
        #expect(result.key == .unknown(27))
        #expect(result.leftOver == nil)
        #expect(result.unread == (sequence == "[?" ? [] : [.char("j")]), "the key after the sequence is still to be read")
    }

    @Test("The sequences terminals and tmux send for keys a TERM may not list are those keys",
          arguments: [("[4~", Key.end), ("[8~", .end), ("[F", .end), ("OF", .end), ("[1~", .home), ("[7~", .home),
                      ("[H", .home), ("OH", .home), ("[A", .up), ("OB", .down), ("[C", .right), ("OD", .left),
                      ("[1;5C", .ctrlRight), ("[1;5D", .ctrlLeft), ("[5~", .pageUp), ("[6~", .pageDown),
                      ("[2~", .insert), ("[3~", .delete), ("[Z", .backTab), ("OP", .function(1)), ("[15~", .function(5)),
                      ("[17~", .function(6)), ("[24~", .function(12))])
    func knownSequenceIsItsKey(sequence: String, key: Key) {
        let result = resolve(chars(sequence) + [.char("j")])
        #expect(result.key == key)
        #expect(result.leftOver == nil)
        #expect(result.unread == [.char("j")])
    }

    @Test("Any other key behind it keeps its meaning: Esc, then that key",
          arguments: [Key.char("q"), .char("Q"), .escape, .down, .enter])
    func otherKeysFollowTheEscape(next: Key) {
        let result = resolve([next, .char("x")])
        #expect(result.key == .escape)
        #expect(result.leftOver == next)
        #expect(result.unread == [.char("x")])
    }

    @Test("A runaway sequence stops at its length bound instead of swallowing everything")
    func runawaySequenceIsBounded() {
        let result = resolve([.char("[")] + Array(repeating: .char("1"), count: 100))
        #expect(result.key == .unknown(27))
        #expect(result.unread.count == 100 - EscapeFollowUp.longestSequence)
    }
}
