import Foundation
import ParleyStore
import TerminalUI

/// Words the generator mixes into typed text: ids that exist (some the role may see, some not),
/// and paths for the evidence fields.
struct FuzzVocabulary: Sendable {
    var orderIDs: [String]
    var disputeIDs: [String]
    var evidencePaths: [String]
}

/// Makes a reproducible stream of inputs from a seed. Most of it is what a person at the console
/// presses (arrows, Enter, the screens' letters, Esc), so the stream gets deep into every screen;
/// the rest is hostile: random text in every script, control and escape keys, `:` lines, pasted
/// garbage, resizes from 10x3 to 250x80 and jumps of the clock.
struct FuzzKeyGenerator {
    private var random: SeededRandom
    private let vocabulary: FuzzVocabulary
    private var pending: [FuzzInput] = []
    /// Every id-like word typed so far: the access check allows these to appear (as an echo).
    private(set) var typedWords: Set<String> = []

    init(seed: UInt64, vocabulary: FuzzVocabulary) {
        random = SeededRandom(seed: seed)
        self.vocabulary = vocabulary
    }

    mutating func next() -> FuzzInput {
        while pending.isEmpty { pending = makeBurst().reversed() }
        return pending.removeLast()
    }

    // MARK: Bursts

    private enum Burst: CaseIterable {
        case navigation, screenLetter, enter, back, quit, controlKey, specialKey, interrupt
        case asciiText, unicodeText, controlCharacters, amountText, longPaste
        case commandLine, filter, evidencePath, resize, resizeStorm, tick, formWalk
    }

    /// Relative weights; a long paste is rare because it is hundreds of keys long.
    private static let weights: [(Int, Burst)] = [
        (300, .navigation), (220, .screenLetter), (120, .enter), (40, .back), (4, .quit), (40, .controlKey),
        (40, .specialKey), (4, .interrupt), (25, .formWalk), (50, .asciiText), (40, .unicodeText), (20, .controlCharacters),
        (30, .amountText), (1, .longPaste), (30, .commandLine), (20, .filter), (10, .evidencePath),
        (30, .resize), (10, .resizeStorm), (60, .tick),
    ]

    private mutating func makeBurst() -> [FuzzInput] {
        switch random.weighted(Self.weights) {
        case .navigation:
            return [.key(random.pick([.up, .down, .left, .right, .char("j"), .char("k"), .pageUp, .pageDown, .home, .end,
                                      .char("g"), .char("G"), .tab, .backTab, .char(" ")]))]
        case .screenLetter:
            // Every letter and digit some screen binds, plus the console's own keys.
            return [.key(.char(random.pick(Array("acdefgikmnprstuvxyRDFT?/:123456789 "))))]
        case .enter:
            return [.key(.enter)]
        case .back:
            return [.key(random.pick([.escape, .char("q")]))]
        case .quit:
            return [.key(random.pick([.char("Q"), .ctrl("c")]))]
        case .controlKey:
            let letter = random.pick(Array("abcdefghijklmnopqrstuvwxyz"))
            return [.key(.ctrl(letter))]
        case .specialKey:
            return [.key(random.pick([.function(random.int(1...12)), .insert, .delete, .backspace, .ctrlLeft, .ctrlRight,
                                      .unknown(Int32(random.int(0...1000))), .ctrl("@")]))]
        case .interrupt:
            return [.interrupt]
        case .asciiText:
            return typed(String((0..<random.int(1...40)).map { _ in Character(Unicode.Scalar(UInt8(random.int(0x20...0x7E)))) }))
        case .unicodeText:
            return typed((0..<random.int(1...12)).map { _ in random.pick(Self.unicodePieces) }.joined())
        case .controlCharacters:
            // Raw C0/C1 controls and DEL, as get_wch hands them over (the decoder turns some into keys).
            return (0..<random.int(1...6)).map { _ in
                let value = random.pick([UInt32(random.int(0...31)), 127, UInt32(random.int(0x80...0x9F)), 0x1B])
                return .key(KeyDecoder.decode(status: 0, value: value) ?? .unknown(Int32(value)))
            }
        case .amountText:
            return typed(random.pick(Self.amounts))
        case .longPaste:
            let piece = random.pick(["lorem ipsum ", "漢字テスト", "👨‍👩‍👧‍👦", "x", "\u{202E}evil\u{202C} ", "é", "9"])
            return Array(typed(String(repeating: piece, count: 400)).prefix(random.int(50...400)))
        case .commandLine:
            return [.key(.char(":"))] + typed(commandText()) + [.key(random.chance(0.85) ? .enter : .escape)]
        case .filter:
            var text = random.chance(0.5) ? random.pick(vocabulary.orderIDs) : random.pick(vocabulary.disputeIDs)
            typedWords.insert(text)
            // A part of a number is typed without its "O-": with leftover digits in the field, a
            // partial "O-10003" could spell someone else's id that the fuzzer itself typed.
            if random.chance(0.3) { text = String(text.dropFirst(2).prefix(random.int(1...4))) }
            return [.key(.char("/"))] + typed(text) + [.key(random.pick([.enter, .escape, .down, .tab]))]
        case .evidencePath:
            var inputs = typed(random.pick(vocabulary.evidencePaths))
            if random.chance(0.4) { inputs.append(.key(.tab)) }
            inputs.append(.key(.enter))
            return inputs
        case .resize:
            return [.resize(randomSize())]
        case .resizeStorm:
            return (0..<random.int(5...40)).map { _ in .resize(randomSize()) } + [.resize(Size(rows: 40, cols: 120))]
        case .formWalk:
            return formWalk()
        case .tick:
            let seconds: TimeInterval = random.weighted([
                (60, 1), (20, TimeInterval(random.int(2...59))), (12, TimeInterval(random.int(60...3_600))),
                (6, TimeInterval(random.int(3_600...172_800))), (2, TimeInterval(random.int(172_800...864_000))),
            ])
            return [.tick(seconds: seconds)]
        }
    }

    /// An action letter, then the keys that carry a form through its steps (answer, choose, type an
    /// amount and a text, submit), each kept or dropped at random: random keys alone seldom get to
    /// the end of a six-step form, and the end (submitting, confirming) is where money moves.
    private mutating func formWalk() -> [FuzzInput] {
        var inputs: [FuzzInput] = [.key(.char(random.pick(Array("dacmxvpRnfte"))))]
        let walk: [[FuzzInput]] = [
            [.key(.char("y"))], [.key(.enter)], [.key(.char(" "))], [.key(.down)], [.key(.enter)], [.key(.char(" "))],
            [.key(.enter)], [.key(.down)], [.key(.char(" "))], [.key(.enter)], typed(random.pick(Self.amounts)), [.key(.tab)],
            typed(random.pick(["The parcel was empty.", "Ça ne marche pas — 壊れた 😡", "x", String(repeating: "long text ", count: 12)])),
            [.key(.tab)], [.key(.enter)], [.key(.enter)], [.key(random.pick([.ctrl("s"), .enter]))], [.key(.tab)], [.key(.enter)],
        ]
        for part in walk where random.chance(0.8) {
            inputs += part
            if random.chance(0.1) { inputs.append(.key(random.pick([.escape, .backTab, .up, .char("j"), .backspace]))) }
        }
        return inputs
    }

    /// Text typed one Unicode scalar at a time, as get_wch delivers it (a combining mark or a ZWJ
    /// arrives as its own key after its base).
    private mutating func typed(_ text: String) -> [FuzzInput] {
        text.unicodeScalars.map { .key(KeyDecoder.decode(status: 0, value: $0.value) ?? .unknown(Int32(bitPattern: $0.value))) }
    }

    private mutating func randomSize() -> Size {
        // Mostly ordinary sizes, often tiny ones, sometimes huge.
        random.weighted([
            (4, Size(rows: random.int(3...80), cols: random.int(10...250))),
            (2, Size(rows: random.int(3...14), cols: random.int(10...60))),
            (2, Size(rows: random.pick([24, 40, 50]), cols: random.pick([80, 100, 120, 132]))),
            (1, Size(rows: random.int(60...80), cols: random.int(200...250))),
        ])
    }

    private mutating func commandText() -> String {
        let dispute = random.pick(vocabulary.disputeIDs)
        typedWords.insert(dispute)
        let garbage = String((0..<random.int(0...20)).map { _ in Character(Unicode.Scalar(UInt8(random.int(0x20...0x7E)))) })
        return random.pick([
            "open \(dispute)", "o \(dispute.dropFirst(2))", "open D-999999999999999999999", "open D-", "open",
            "take", "take now", "dashboard", "dash", "queue", "help", "theme mono", "theme", "theme \(garbage)",
            "filter reason=counterfeit", "filter reason=\(garbage)", "filter stage=mediation", "filter stage=m",
            "filter shop=northwind", "filter assignee=me", "filter assignee=none", "filter assignee=\(garbage)", "filter", "f x=y",
            "advance 3d", "advance 12h", "advance 1d12h", "advance 999999d", "advance 0d", "advance -1d", "advance \(garbage)",
            "", "   ", garbage, "漢字 \(garbage)", "\u{202E}open \(dispute)", ":::", "open \(dispute) extra",
        ])
    }

    static let unicodePieces: [String] = [
        "漢", "字", "中文", "日本語", "한국어", "ｆｕｌｌ", "ｶﾀｶﾅ",
        "e\u{301}", "a\u{308}\u{304}", "\u{301}", "\u{20DD}", "Z\u{336}\u{335}\u{334}\u{337}",
        "😀", "👍🏽", "👨‍👩‍👧‍👦", "🇳🇱", "❤️", "1️⃣", "🏳️‍🌈",
        "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{202E}", "\u{2066}", "\u{00AD}", "\u{2028}",
        "مرحبا", "שלום", "Ω", "ß", "ﬁ", "\u{E000}", "\u{E0001}", "\u{10FFFF}", "\u{FFFD}", "\u{0378}",
        "Ä", "ñ", "€", "₽", "¥", "…", "—", "\t", " ",
    ]

    static let amounts: [String] = [
        "0", "1", "12.50", "12,50", "0.01", "0.001", "-5", "+3", "1,000.00", "1 000", "99999999999999999999999",
        "9223372036854775807", "9223372036854775808", "1e9", ".", ",", "..", "12.", ".5", "٣٤٥", "１２", "NaN", "inf",
        "US$ 10", "€10", "10 RUB", "  7  ", "0x1F", "00000000000000000000001", "1.2.3",
    ]
}
