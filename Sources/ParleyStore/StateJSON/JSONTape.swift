import Foundation

/// A JSON text parsed once into a flat list of its values in document order, so that decoding
/// reads fields by index instead of building dictionaries. A container's entry says where its
/// members end, which lets a reader step over a whole member at once.
final class JSONTape {
    enum Kind: UInt8 {
        case object, array, string, escapedString, number, `true`, `false`, null
    }

    struct Entry {
        var kind: Kind
        /// Strings (inside the quotes) and numbers: their bytes. Containers: unused.
        var start: Int
        var end: Int
        /// The index of the entry after this value and everything in it.
        var next: Int
    }

    // Both are `let`: a class's stored `var`s cost a run-time exclusivity check on every read.
    let bytes: [UInt8]
    let entries: [Entry]

    /// Nesting deeper than this is refused rather than risking the stack.
    static let depthLimit = 200

    init(_ text: String) throws {
        let bytes = Array(text.utf8)
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / 8)
        var position = 0
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer, position: 0)
            parser.skipSpace()
            try parser.value(into: &entries, depth: 0)
            parser.skipSpace()
            position = parser.position
        }
        self.bytes = bytes
        self.entries = entries
        guard position == bytes.count else { throw Self.corrupted("unexpected text after the value at byte \(position)") }
    }

    static func corrupted(_ detail: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "The text is not valid JSON: \(detail)."))
    }

    /// The text of a string or number entry.
    func text(_ entry: Entry) throws -> String {
        if entry.kind == .escapedString { return try unescaped(entry) }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[entry.start..<entry.end]), as: UTF8.self) }
    }

    /// Whether a string entry spells `name`, without making a `String` of it.
    func spells(_ entry: Entry, _ name: String) -> Bool {
        if entry.kind == .escapedString { return (try? unescaped(entry)) == name }
        let length = entry.end - entry.start
        var name = name
        return name.withUTF8 { utf8 in
            guard utf8.count == length else { return false }
            guard length > 0 else { return true }
            return bytes.withUnsafeBufferPointer { buffer in
                memcmp(buffer.baseAddress! + entry.start, utf8.baseAddress!, length) == 0
            }
        }
    }

    private func unescaped(_ entry: Entry) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(entry.end - entry.start)
        var index = entry.start
        while index < entry.end {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else { out.append(byte); continue }
            guard index < entry.end else { throw Self.corrupted("a string ends in a backslash") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hexQuad(at: &index, end: entry.end)
                if (0xD800..<0xDC00).contains(scalar) {
                    // A surrogate pair: the low half must follow as another \u escape.
                    guard index + 1 < entry.end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw Self.corrupted("a lone surrogate in a \\u escape")
                    }
                    index += 2
                    let low = try hexQuad(at: &index, end: entry.end)
                    guard (0xDC00..<0xE000).contains(low) else { throw Self.corrupted("a lone surrogate in a \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw Self.corrupted("a lone surrogate in a \\u escape") }
                out.append(contentsOf: String(Character(unicode)).utf8)
            default:
                throw Self.corrupted("an unknown escape \\\(Character(Unicode.Scalar(escape)))")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func hexQuad(at index: inout Int, end: Int) throws -> UInt32 {
        guard index + 4 <= end else { throw Self.corrupted("a short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Self.corrupted("a \\u escape with a non-hex digit")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}

/// A recursive-descent reader of one JSON value; strings are only delimited here, decoded on use.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    private func fail(_ detail: String) -> DecodingError {
        JSONTape.corrupted("\(detail) at byte \(position)")
    }

    mutating func value(into entries: inout [JSONTape.Entry], depth: Int) throws {
        guard position < bytes.count else { throw fail("the text ends where a value should be") }
        switch bytes[position] {
        case UInt8(ascii: "{"): try container(into: &entries, depth: depth, isObject: true)
        case UInt8(ascii: "["): try container(into: &entries, depth: depth, isObject: false)
        case UInt8(ascii: "\""): try string(into: &entries)
        case UInt8(ascii: "t"): try literal("true", .true, into: &entries)
        case UInt8(ascii: "f"): try literal("false", .false, into: &entries)
        case UInt8(ascii: "n"): try literal("null", .null, into: &entries)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number(into: &entries)
        default: throw fail("an unexpected character")
        }
    }

    private mutating func container(into entries: inout [JSONTape.Entry], depth: Int, isObject: Bool) throws {
        guard depth < JSONTape.depthLimit else { throw fail("nesting deeper than \(JSONTape.depthLimit)") }
        let index = entries.count
        entries.append(.init(kind: isObject ? .object : .array, start: 0, end: 0, next: 0))
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        position += 1
        skipSpace()
        if position < bytes.count, bytes[position] == closer {
            position += 1
        } else {
            while true {
                if isObject {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("a key should be a string") }
                    try string(into: &entries)
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail("a colon should follow a key") }
                    position += 1
                    skipSpace()
                }
                try value(into: &entries, depth: depth + 1)
                skipSpace()
                guard position < bytes.count else { throw fail("the text ends inside a container") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    skipSpace()
                } else if bytes[position] == closer {
                    position += 1
                    break
                } else {
                    throw fail("a comma or the end of the container should come here")
                }
            }
        }
        entries[index].next = entries.count
    }

    private mutating func string(into entries: inout [JSONTape.Entry]) throws {
        position += 1
        let start = position
        var escaped = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                entries.append(.init(kind: escaped ? .escapedString : .string, start: start, end: position, next: entries.count + 1))
                position += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                position += 1
            }
            position += 1
        }
        throw fail("a string is not closed")
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONTape.Kind, into entries: inout [JSONTape.Entry]) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              word.withUTF8Buffer({ $0.elementsEqual(UnsafeBufferPointer(rebasing: bytes[position..<position + count])) })
        else { throw fail("an unexpected word") }
        entries.append(.init(kind: kind, start: position, end: position + count, next: entries.count + 1))
        position += count
    }

    private mutating func number(into entries: inout [JSONTape.Entry]) throws {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        // The grammar is checked when the number is read as a type; here it is only delimited.
        while position < bytes.count, Self.isNumberByte(bytes[position]) { position += 1 }
        guard position > digitsStart else { throw fail("a minus sign without digits") }
        entries.append(.init(kind: .number, start: start, end: position, next: entries.count + 1))
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
             UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
