import Foundation

/// Writes a `Codable` value as compact JSON, straight into one byte buffer as `Codable` calls come in.
///
/// Written by hand because Foundation's `JSONEncoder` first builds a tree of dictionaries, then
/// sorts and serialises it: for dispute states and events that was a third of a sweep and of the
/// bulk seed (perf, callgrind), and no package in the local mirror offers a faster `Codable` JSON.
/// Keys come out in the order the type encodes them (its declaration order for synthesized
/// conformances); anything that reads JSON reads the result, `JSONDecoder` included.
///
/// Streaming works because a container's writing is over once its parent goes on: writing to a
/// container closes the ones nested in it. A type that goes back to a container after writing to
/// its parent (no synthesized conformance does) gets an `EncodingError`, never wrong JSON.
enum StateJSONEncoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let writer = JSONByteWriter(capacity: 1_024)
        let encoder = StreamingEncoder(writer: writer, parent: nil, key: nil)
        try value.encode(to: encoder)
        writer.close(downTo: 0)
        if writer.misuse { throw encoder.interleavingError(nil) }
        guard writer.byteCount > 0 else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(Value.self) encoded no value"))
        }
        return writer.text()
    }
}

/// The encoder handed to one value's `encode(to:)`; its place in the text is already prepared
/// (after a key, or after an array's comma). Also a node of the coding path.
final class StreamingEncoder: Encoder, CodingPathNode {
    let writer: JSONByteWriter
    let parent: StreamingEncoder?
    let pathKey: (any CodingKey)?
    /// Containers open when this value began; its own are above them.
    let baseLevel: Int
    private var opened: (level: Int, id: Int)?

    init(writer: JSONByteWriter, parent: StreamingEncoder?, key: (any CodingKey)?) {
        self.writer = writer
        self.parent = parent
        self.pathKey = key
        self.baseLevel = writer.openCount
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(StreamingKeyedContainer<Key>(encoder: self, slot: openOnce(UInt8(ascii: "{"), UInt8(ascii: "}"))))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        StreamingUnkeyedContainer(encoder: self, slot: openOnce(UInt8(ascii: "["), UInt8(ascii: "]")))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StreamingSingleValueContainer(encoder: self)
    }

    /// A type may ask twice (a subclass and its superclass sharing one encoder): same container.
    private func openOnce(_ opener: UInt8, _ closer: UInt8) -> (level: Int, id: Int) {
        if let opened, writer.isOpen(level: opened.level, id: opened.id) { return opened }
        let slot = writer.open(opener, closer: closer)
        opened = slot
        return slot
    }

    /// Encodes a nested value at the place the caller has prepared.
    func encodeNested<Value: Encodable>(_ value: Value, key: any CodingKey) throws {
        let child = StreamingEncoder(writer: writer, parent: self, key: key)
        let start = writer.byteCount
        try value.encode(to: child)
        writer.close(downTo: child.baseLevel)
        // `JSONEncoder` writes an empty object for a value that encodes nothing.
        if writer.byteCount == start { writer.raw("{}") }
    }

    func encodeFloatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Number, key: (any CodingKey)?) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path(appending: key),
                                                          debugDescription: "\(value) cannot be written as a JSON number"))
        }
        writer.floatingPoint(value.description)
    }

    func interleavingError(_ key: (any CodingKey)?) -> EncodingError {
        EncodingError.invalidValue((), .init(codingPath: path(appending: key),
                                             debugDescription: "a container was written to after its parent went on"))
    }
}

/// A coding-path key of the coders' own: an index in an array, or "super".
struct PathKey: CodingKey {
    private let name: String?
    let intValue: Int?
    /// Made only when asked (for an error): arrays make one key per element.
    var stringValue: String { name ?? "Index \(intValue ?? 0)" }
    init(index: Int) { name = nil; intValue = index }
    init(name: String) { self.name = name; intValue = nil }
    init?(stringValue: String) { self.init(name: stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
