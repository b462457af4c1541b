/// Reads a `Codable` value from JSON by way of a `JSONTape`: one pass to delimit every value, then
/// fields are read where they lie. Reads what `JSONEncoder` writes (so states stored before this
/// decoder existed still load) and what `StateJSONEncoder` writes.
///
/// Written by hand for the same reason as `StateJSONEncoder`: `JSONDecoder` was a sixth of a sweep
/// and of opening a dispute with a long history, and the local package mirror has no faster one.
enum StateJSONDecoder {
    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try Value(from: TapeDecoder(tape: try JSONTape(text), index: 0, parent: nil, key: nil))
    }
}

/// The decoder handed to one value's `init(from:)`: the value is the tape entry at `index`.
final class TapeDecoder: Decoder, CodingPathNode {
    let tape: JSONTape
    let index: Int
    let parent: TapeDecoder?
    let pathKey: (any CodingKey)?
    /// Where the next key lookup in this object starts: fields are usually read in the order they
    /// were written, so the one asked for is most often the next one.
    var keyCursor = 0

    init(tape: JSONTape, index: Int, parent: TapeDecoder?, key: (any CodingKey)?) {
        self.tape = tape
        self.index = index
        self.parent = parent
        self.pathKey = key
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tape.entries[index].kind == .object else { throw mismatch([String: String].self, at: index, key: nil) }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tape.entries[index].kind == .array else { throw mismatch([String].self, at: index, key: nil) }
        return TapeUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TapeSingleValueContainer(decoder: self)
    }

    // MARK: Reading one entry

    func mismatch(_ type: Any.Type, at entry: Int, key: (any CodingKey)?) -> DecodingError {
        let kind = tape.entries[entry].kind
        if kind == .null {
            return .valueNotFound(type, .init(codingPath: path(appending: key), debugDescription: "Expected \(type) but found null."))
        }
        return .typeMismatch(type, .init(codingPath: path(appending: key), debugDescription: "Expected \(type) but found \(Self.describe(kind))."))
    }

    private static func describe(_ kind: JSONTape.Kind) -> String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string, .escapedString: "a string"
        case .number: "a number"
        case .true, .false: "a boolean"
        case .null: "null"
        }
    }

    func isNull(at entry: Int) -> Bool {
        tape.entries[entry].kind == .null
    }

    func bool(at entry: Int, key: (any CodingKey)?) throws -> Bool {
        switch tape.entries[entry].kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, at: entry, key: key)
        }
    }

    func string(at entry: Int, key: (any CodingKey)?) throws -> String {
        let value = tape.entries[entry]
        guard value.kind == .string || value.kind == .escapedString else { throw mismatch(String.self, at: entry, key: key) }
        return try tape.text(value)
    }

    func integer<Integer: FixedWidthInteger>(_ type: Integer.Type, at entry: Int, key: (any CodingKey)?) throws -> Integer {
        let value = tape.entries[entry]
        guard value.kind == .number else { throw mismatch(type, at: entry, key: key) }
        if let exact = tape.bytes.withUnsafeBufferPointer({ Self.parseInteger(type, UnsafeBufferPointer(rebasing: $0[value.start..<value.end])) }) {
            return exact
        }
        // "1e3" or "12.0" are whole numbers too, as `JSONDecoder` reads them; anything else is refused.
        let text = try tape.text(value)
        if let number = Double(text), let exact = Integer(exactly: number) { return exact }
        throw DecodingError.dataCorrupted(.init(codingPath: path(appending: key), debugDescription: "\(text) does not fit in \(type)."))
    }

    private static func parseInteger<Integer: FixedWidthInteger>(_ type: Integer.Type, _ digits: UnsafeBufferPointer<UInt8>) -> Integer? {
        var index = 0
        let negative = digits.first == UInt8(ascii: "-")
        if negative { index = 1 }
        guard index < digits.count else { return nil }
        var result: Integer = 0
        while index < digits.count {
            let byte = digits[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Integer(byte - UInt8(ascii: "0"))
            let (shifted, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            result = next
            index += 1
        }
        return result
    }

    func floatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ type: Number.Type, at entry: Int, key: (any CodingKey)?) throws -> Number {
        let value = tape.entries[entry]
        guard value.kind == .number else { throw mismatch(type, at: entry, key: key) }
        let text = try tape.text(value)
        guard let number = Number(text), number.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: path(appending: key), debugDescription: "\(text) is not a number \(type) can hold."))
        }
        return number
    }

    /// A null reaches the value's own `init(from:)`, whose container asks then fail with
    /// `valueNotFound`, as with `JSONDecoder`.
    func nested<Value: Decodable>(_ type: Value.Type, at entry: Int, key: any CodingKey) throws -> Value {
        try Value(from: TapeDecoder(tape: tape, index: entry, parent: self, key: key))
    }
}
