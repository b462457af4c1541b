/// The three containers of `TapeDecoder`, reading entries of its `JSONTape` in place.

struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TapeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }
    private var tape: JSONTape { decoder.tape }

    var allKeys: [Key] {
        var keys: [Key] = []
        var entry = decoder.index + 1
        let end = tape.entries[decoder.index].next
        while entry < end {
            if let text = try? tape.text(tape.entries[entry]), let key = Key(stringValue: text) { keys.append(key) }
            entry = tape.entries[entry + 1].next
        }
        return keys
    }

    /// The entry of the value under `key`, starting where the last lookup ended and wrapping round.
    private func find<Named: CodingKey>(_ key: Named) -> Int? {
        let first = decoder.index + 1
        let end = tape.entries[decoder.index].next
        let name = key.stringValue
        let start = (first..<end).contains(decoder.keyCursor) ? decoder.keyCursor : first
        var entry = start
        var wrapped = false
        while true {
            if entry >= end {
                if wrapped || start == first { return nil }
                wrapped = true
                entry = first
            }
            if wrapped, entry >= start { return nil }
            let value = entry + 1
            let next = tape.entries[value].next
            if tape.spells(tape.entries[entry], name) {
                decoder.keyCursor = next
                return value
            }
            entry = next
        }
    }

    private func require<Named: CodingKey>(_ key: Named) throws -> Int {
        guard let entry = find(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value for the key \"\(key.stringValue)\"."))
        }
        return entry
    }

    /// The entry under `key` unless it is missing or null.
    private func present(_ key: Key) -> Int? {
        guard let entry = find(key), !decoder.isNull(at: entry) else { return nil }
        return entry
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { decoder.isNull(at: try require(key)) }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.bool(at: require(key), key: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.string(at: require(key), key: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.floatingPoint(type, at: require(key), key: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.floatingPoint(type, at: require(key), key: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.integer(type, at: require(key), key: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.integer(type, at: require(key), key: key) }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value { try decoder.nested(type, at: require(key), key: key) }

    // One lookup each instead of the default's three (contains, decodeNil, decode).
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map { try decoder.bool(at: $0, key: key) } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map { try decoder.string(at: $0, key: key) } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map { try decoder.floatingPoint(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(key).map { try decoder.floatingPoint(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(key).map { try decoder.integer(type, at: $0, key: key) } }
    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        try present(key).map { try decoder.nested(type, at: $0, key: key) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TapeDecoder(tape: tape, index: require(key), parent: decoder, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TapeDecoder(tape: tape, index: require(key), parent: decoder, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(named: PathKey(name: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try superDecoder(named: key)
    }

    private func superDecoder(named key: any CodingKey) throws -> any Decoder {
        TapeDecoder(tape: tape, index: try require(key), parent: decoder, key: key)
    }
}

struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: TapeDecoder
    let count: Int?
    private(set) var currentIndex = 0
    /// The entry of the element at `currentIndex`.
    private var entry: Int

    init(decoder: TapeDecoder) {
        self.decoder = decoder
        let end = decoder.tape.entries[decoder.index].next
        var counted = 0, element = decoder.index + 1
        while element < end {
            counted += 1
            element = decoder.tape.entries[element].next
        }
        count = counted
        entry = decoder.index + 1
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    /// The entry of the next element, and moves past it.
    private mutating func advance(_ type: Any.Type) throws -> (entry: Int, key: PathKey) {
        let key = PathKey(index: currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key], debugDescription: "The array has no more elements."))
        }
        let current = entry
        entry = decoder.tape.entries[current].next
        currentIndex += 1
        return (current, key)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Never.self, .init(codingPath: codingPath, debugDescription: "The array has no more elements."))
        }
        guard decoder.isNull(at: entry) else { return false }
        _ = try advance(Never.self)
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { let next = try advance(type); return try decoder.bool(at: next.entry, key: next.key) }
    mutating func decode(_ type: String.Type) throws -> String { let next = try advance(type); return try decoder.string(at: next.entry, key: next.key) }
    mutating func decode(_ type: Double.Type) throws -> Double { let next = try advance(type); return try decoder.floatingPoint(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: Float.Type) throws -> Float { let next = try advance(type); return try decoder.floatingPoint(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: Int.Type) throws -> Int { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { let next = try advance(type); return try decoder.integer(type, at: next.entry, key: next.key) }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let next = try advance(type)
        return try decoder.nested(type, at: next.entry, key: next.key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let next = try advance(KeyedDecodingContainer<NestedKey>.self)
        return try TapeDecoder(tape: decoder.tape, index: next.entry, parent: decoder, key: next.key).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let next = try advance((any UnkeyedDecodingContainer).self)
        return try TapeDecoder(tape: decoder.tape, index: next.entry, parent: decoder, key: next.key).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let next = try advance((any Decoder).self)
        return TapeDecoder(tape: decoder.tape, index: next.entry, parent: decoder, key: next.key)
    }
}

/// Reads the one value of a decoder.
struct TapeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: TapeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }
    private var entry: Int { decoder.index }

    func decodeNil() -> Bool { decoder.isNull(at: entry) }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool(at: entry, key: nil) }
    func decode(_ type: String.Type) throws -> String { try decoder.string(at: entry, key: nil) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.floatingPoint(type, at: entry, key: nil) }
    func decode(_ type: Float.Type) throws -> Float { try decoder.floatingPoint(type, at: entry, key: nil) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(type, at: entry, key: nil) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(type, at: entry, key: nil) }
    /// The value stands in this decoder's place and reads from it.
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try Value(from: decoder) }
}
