import Foundation
import GRDB
import ParleyCore
import PropertyBased
import Testing
@testable import ParleyStore

/// The store's own JSON coders (`StateCoding`): every stored state and event must read back exactly,
/// states written by `JSONEncoder` before them must still load, and bad text must fail cleanly.
@Suite("State JSON coders")
struct StateJSONTests {
    // MARK: Every value the demo stores

    @Test("Every demo dispute, order and event reads back equal through both coders, in both directions")
    func everyDemoValueRoundTrips() throws {
        let demo = try DemoDatabase.shared.get()
        let disputes = try demo.store.database.read { db in try String.fetchAll(db, sql: "SELECT state FROM dispute") }
        let orders = try demo.store.database.read { db in try String.fetchAll(db, sql: "SELECT state FROM orders") }
        let events = try demo.store.database.read { db in try Row.fetchAll(db, sql: "SELECT stream, kind, payload FROM event") }
        #expect(disputes.count == demo.summary.disputes && orders.count == demo.summary.orders)
        for text in disputes { try expectBothWays(Dispute.self, stored: text) }
        for text in orders { try expectBothWays(Order.self, stored: text) }
        var kinds = Set<String>()
        for row in events {
            let stream: String = row["stream"], payload: String = row["payload"]
            kinds.insert(row["kind"])
            if stream.hasPrefix("dispute:") {
                try expectBothWays(DisputeEvent.self, stored: payload)
            } else if stream.hasPrefix("order:") {
                try expectBothWays(OrderEvent.self, stored: payload)
            }
        }
        // The demo covers the event kinds, so this is not a test of three easy shapes.
        #expect(kinds.count >= 15, "only \(kinds.sorted()) in the demo")
    }

    /// Stored text reads the same through both decoders; `JSONEncoder`'s text (an older database)
    /// reads through ours; ours reads through `JSONDecoder`; and writing again changes nothing.
    private func expectBothWays<Value: Codable & Equatable>(_ type: Value.Type, stored: String) throws {
        let ours = try StateCoding.decode(type, from: stored)
        let foundation = try JSONDecoder().decode(type, from: Data(stored.utf8))
        #expect(ours == foundation)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let olderText = String(decoding: try encoder.encode(foundation), as: UTF8.self)
        #expect(try StateCoding.decode(type, from: olderText) == foundation)
        let written = try StateCoding.encode(ours)
        #expect(try JSONDecoder().decode(type, from: Data(written.utf8)) == ours)
        #expect(written == stored, "writing a value read back gives the same text")
    }

    // MARK: Shapes the domain does not use yet

    struct Sample: Codable, Equatable {
        enum Shape: Codable, Equatable {
            case point
            case circle(radius: Double)
            case labelled(String, weight: Int?)
        }
        var text: String
        var small: Int8
        var unsigned: UInt64
        var big: Int64
        var ratio: Double
        var single: Float
        var flag: Bool
        var when: Date
        var missing: String?
        var present: Int?
        var shapes: [Shape]
        var holes: [Int?]
        var table: [String: [Int]]
        var numbered: [Int: String]
        var nothing: [String]
        var nested: [[Bool]]
    }

    static let sample = Sample(
        text: "quote \" backslash \\ slash / tab \t newline \n nul \u{0} bell \u{7} é 漢字 😀 \u{202E}rtl \u{2028}",
        small: -128, unsigned: .max, big: .min, ratio: -0.1, single: 3.25, flag: true,
        when: Date(timeIntervalSinceReferenceDate: 786_326_400.123_456_7), missing: nil, present: 0,
        shapes: [.point, .circle(radius: 1e-300), .labelled("", weight: nil), .labelled("x", weight: -7)],
        holes: [1, nil, 3], table: ["a": [1, 2], "": []], numbered: [3: "three", -1: "minus"], nothing: [],
        nested: [[], [true, false]])

    @Test("Every kind of field reads back equal, and each side reads the other's text")
    func sampleRoundTrips() throws {
        let text = try StateCoding.encode(Self.sample)
        #expect(try StateCoding.decode(Sample.self, from: text) == Self.sample)
        #expect(try JSONDecoder().decode(Sample.self, from: Data(text.utf8)) == Self.sample)
        let foundation = String(decoding: try JSONEncoder().encode(Self.sample), as: UTF8.self)
        #expect(foundation.contains("\\/"), "JSONEncoder escapes slashes; the decoder must read that")
        #expect(try StateCoding.decode(Sample.self, from: foundation) == Self.sample)
        #expect(!text.contains("\"missing\""), "a nil optional is left out, as JSONEncoder does")
    }

    @Test("Escapes JSONEncoder never writes but JSON allows: \\u, surrogate pairs, \\b \\f, spaces between tokens")
    func readsEveryEscape() throws {
        struct Text: Codable, Equatable { var value: String }
        let text = #" { "value" : "\u00e9\ud83d\ude00\b\f\/\"\\" } "#
        #expect(try StateCoding.decode(Text.self, from: text) == Text(value: "é😀\u{8}\u{C}/\"\\"))
    }

    @Test("Random text and numbers read back exactly", .timeLimit(.minutes(1)))
    func randomValuesRoundTrip() async {
        struct Values: Codable, Equatable { var text: String; var number: Double; var count: Int64 }
        let scalars = Gen<UInt32>.value(in: 0...0x10FFFF).map { Character(Unicode.Scalar($0) ?? "\u{FFFD}") }
        let texts = scalars.array(of: 0...40).map { String($0) }
        let numbers = Gen<UInt64>.value().map { bits -> Double in
            let number = Double(bitPattern: bits)
            return number.isFinite ? number : 0
        }
        await propertyCheck(count: 300, input: texts, numbers, Gen<Int64>.value()) { text, number, count in
            let values = Values(text: text, number: number, count: count)
            let written = try StateCoding.encode(values)
            #expect(try StateCoding.decode(Values.self, from: written) == values)
            #expect(try JSONDecoder().decode(Values.self, from: Data(written.utf8)) == values)
        }
    }

    // MARK: Failures

    @Test("Broken text, wrong types and missing keys throw a clear error, never crash")
    func badTextThrows() throws {
        struct Money2: Codable { var minorUnits: Int64; var currency: String }
        let bad = [
            "", "   ", "{", "{\"minorUnits\":1,", "{\"minorUnits\":1,\"currency\":\"EUR\"} trailing",
            "{\"minorUnits\":\"1\",\"currency\":\"EUR\"}", "{\"minorUnits\":1.5,\"currency\":\"EUR\"}",
            "{\"minorUnits\":99999999999999999999,\"currency\":\"EUR\"}", "{\"currency\":\"EUR\"}",
            "{\"minorUnits\":null,\"currency\":\"EUR\"}", "{\"minorUnits\":1,\"currency\":\"\\x\"}",
            "{\"minorUnits\":1,\"currency\":\"\\ud83d\"}", "{\"minorUnits\":-,\"currency\":\"EUR\"}",
            "{\"minorUnits\":tru,\"currency\":\"EUR\"}", "[1,2]", "{minorUnits:1}", "{\"minorUnits\" 1}",
            "{\"minorUnits\":1 \"currency\":\"EUR\"}", "{\"minorUnits\":1,\"currency\":\"EUR",
            String(repeating: "[", count: 100_000),
        ]
        for text in bad {
            #expect(throws: StoreError.self, "\(text.prefix(60))") { try StateCoding.decode(Money2.self, from: text) }
        }
        #expect(try StateCoding.decode(Money2.self, from: "{\"minorUnits\":1e3,\"currency\":\"EUR\"}").minorUnits == 1_000)
    }

    @Test("Infinity and NaN are refused, as JSON cannot hold them")
    func nonFiniteNumbersThrow() {
        struct Ratio: Codable { var value: Double }
        #expect(throws: EncodingError.self) { try StateCoding.encode(Ratio(value: .infinity)) }
        #expect(throws: EncodingError.self) { try StateCoding.encode([Double.nan]) }
    }

    /// Streaming relies on a container's writing being over once its parent goes on; a type that
    /// breaks that must get an error, not JSON with its fields in the wrong object.
    @Test("Writing to a container after its parent went on is an error, not wrong JSON")
    func interleavedContainersThrow() throws {
        struct Interleaved: Encodable {
            enum Keys: String, CodingKey { case inner, after, late }
            func encode(to encoder: any Encoder) throws {
                var outer = encoder.container(keyedBy: Keys.self)
                var inner = outer.nestedContainer(keyedBy: Keys.self, forKey: .inner)
                try outer.encode(1, forKey: .after)
                try inner.encode(2, forKey: .late)
            }
        }
        struct Ordered: Encodable {
            enum Keys: String, CodingKey { case inner, after, late }
            func encode(to encoder: any Encoder) throws {
                var outer = encoder.container(keyedBy: Keys.self)
                var inner = outer.nestedContainer(keyedBy: Keys.self, forKey: .inner)
                try inner.encode(2, forKey: .late)
                try outer.encode(1, forKey: .after)
            }
        }
        #expect(throws: EncodingError.self) { try StateCoding.encode(Interleaved()) }
        #expect(try StateCoding.encode(Ordered()) == #"{"inner":{"late":2},"after":1}"#)
    }
}
