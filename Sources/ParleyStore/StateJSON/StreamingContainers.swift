/// The three containers of `StreamingEncoder`. Each write first prepares its place: it closes the
/// containers nested in this one and writes the comma (and, for objects, the key).

struct StreamingKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StreamingEncoder
    let slot: (level: Int, id: Int)

    var codingPath: [any CodingKey] { encoder.codingPath }
    private var writer: JSONByteWriter { encoder.writer }

    private func prepare(_ key: Key) throws {
        guard writer.beginElement(level: slot.level, id: slot.id) else { throw encoder.interleavingError(key) }
        writer.key(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { try prepare(key); writer.raw("null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try prepare(key); writer.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try prepare(key); writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try prepare(key); try encoder.encodeFloatingPoint(value, key: key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try prepare(key); try encoder.encodeFloatingPoint(value, key: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try prepare(key); writer.integer(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try prepare(key); writer.integer(value) }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try prepare(key)
        try encoder.encodeNested(value, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = StreamingEncoder(writer: writer, parent: encoder, key: key)
        let opened = openNested(forKey: key, opener: UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(encoder: nested, slot: opened))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = StreamingEncoder(writer: writer, parent: encoder, key: key)
        return StreamingUnkeyedContainer(encoder: nested, slot: openNested(forKey: key, opener: UInt8(ascii: "["), closer: UInt8(ascii: "]")))
    }

    /// These cannot throw: writing into a closed container is noted, and the encoding then fails.
    private func openNested(forKey key: Key, opener: UInt8, closer: UInt8) -> (level: Int, id: Int) {
        writer.beginElement(level: slot.level, id: slot.id)
        writer.key(key.stringValue)
        return writer.open(opener, closer: closer)
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(named: "super")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(named: key.stringValue)
    }

    private func superEncoder(named name: String) -> any Encoder {
        writer.beginElement(level: slot.level, id: slot.id)
        writer.key(name)
        return StreamingEncoder(writer: writer, parent: encoder, key: PathKey(name: name))
    }
}

struct StreamingUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: StreamingEncoder
    let slot: (level: Int, id: Int)
    private(set) var count = 0

    init(encoder: StreamingEncoder, slot: (level: Int, id: Int)) {
        self.encoder = encoder
        self.slot = slot
    }

    var codingPath: [any CodingKey] { encoder.codingPath }
    private var writer: JSONByteWriter { encoder.writer }

    private mutating func prepare() throws -> PathKey {
        let key = PathKey(index: count)
        guard writer.beginElement(level: slot.level, id: slot.id) else { throw encoder.interleavingError(key) }
        count += 1
        return key
    }

    mutating func encodeNil() throws { _ = try prepare(); writer.raw("null") }
    mutating func encode(_ value: Bool) throws { _ = try prepare(); writer.bool(value) }
    mutating func encode(_ value: String) throws { _ = try prepare(); writer.string(value) }
    mutating func encode(_ value: Double) throws { let key = try prepare(); try encoder.encodeFloatingPoint(value, key: key) }
    mutating func encode(_ value: Float) throws { let key = try prepare(); try encoder.encodeFloatingPoint(value, key: key) }
    mutating func encode(_ value: Int) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: Int8) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: Int16) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: Int32) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: Int64) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: UInt) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: UInt8) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: UInt16) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: UInt32) throws { _ = try prepare(); writer.integer(value) }
    mutating func encode(_ value: UInt64) throws { _ = try prepare(); writer.integer(value) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        let key = try prepare()
        try encoder.encodeNested(value, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = StreamingEncoder(writer: writer, parent: encoder, key: PathKey(index: count))
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(encoder: nested, slot: openNested(UInt8(ascii: "{"), UInt8(ascii: "}"))))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = StreamingEncoder(writer: writer, parent: encoder, key: PathKey(index: count))
        return StreamingUnkeyedContainer(encoder: nested, slot: openNested(UInt8(ascii: "["), UInt8(ascii: "]")))
    }

    private mutating func openNested(_ opener: UInt8, _ closer: UInt8) -> (level: Int, id: Int) {
        writer.beginElement(level: slot.level, id: slot.id)
        count += 1
        return writer.open(opener, closer: closer)
    }

    mutating func superEncoder() -> any Encoder {
        let key = PathKey(index: count)
        writer.beginElement(level: slot.level, id: slot.id)
        count += 1
        return StreamingEncoder(writer: writer, parent: encoder, key: key)
    }
}

/// Writes the one value of an encoder whose place is already prepared.
struct StreamingSingleValueContainer: SingleValueEncodingContainer {
    let encoder: StreamingEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }
    private var writer: JSONByteWriter { encoder.writer }

    mutating func encodeNil() throws { writer.raw("null") }
    mutating func encode(_ value: Bool) throws { writer.bool(value) }
    mutating func encode(_ value: String) throws { writer.string(value) }
    mutating func encode(_ value: Double) throws { try encoder.encodeFloatingPoint(value, key: nil) }
    mutating func encode(_ value: Float) throws { try encoder.encodeFloatingPoint(value, key: nil) }
    mutating func encode(_ value: Int) throws { writer.integer(value) }
    mutating func encode(_ value: Int8) throws { writer.integer(value) }
    mutating func encode(_ value: Int16) throws { writer.integer(value) }
    mutating func encode(_ value: Int32) throws { writer.integer(value) }
    mutating func encode(_ value: Int64) throws { writer.integer(value) }
    mutating func encode(_ value: UInt) throws { writer.integer(value) }
    mutating func encode(_ value: UInt8) throws { writer.integer(value) }
    mutating func encode(_ value: UInt16) throws { writer.integer(value) }
    mutating func encode(_ value: UInt32) throws { writer.integer(value) }
    mutating func encode(_ value: UInt64) throws { writer.integer(value) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        // The value takes this encoder's place: it encodes into the same encoder.
        try value.encode(to: encoder)
    }
}
