/// The bytes of one JSON text being written, and the containers still open in it (innermost last).
/// Shared by an encoder and all its containers, which append to it in the order `Codable` calls them.
///
/// The state sits behind a pointer rather than in stored `var`s: Swift checks exclusive access to a
/// class's stored variables at run time, and with one check per byte appended that was a third of
/// the encoding (callgrind). Only this class touches the pointer.
final class JSONByteWriter {
    private struct State {
        var bytes: [UInt8] = []
        /// Each open container's closing byte and serial number (so that a container written to after
        /// it was closed is caught), innermost last; its index is the container's level.
        var open: [(closer: UInt8, id: Int)] = []
        var nextID = 0
        var misuse = false
    }

    private let state: UnsafeMutablePointer<State>

    init(capacity: Int) {
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        state.pointee.bytes.reserveCapacity(capacity)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    private var bytes: [UInt8] {
        _read { yield state.pointee.bytes }
        _modify { yield &state.pointee.bytes }
    }

    var byteCount: Int { state.pointee.bytes.count }
    var openCount: Int { state.pointee.open.count }
    /// Set when a container was written to after it had been closed; the encoding then fails.
    var misuse: Bool { state.pointee.misuse }

    func text() -> String {
        String(decoding: state.pointee.bytes, as: UTF8.self)
    }

    /// Opens an object or array; returns its level and serial number.
    func open(_ opener: UInt8, closer: UInt8) -> (level: Int, id: Int) {
        bytes.append(opener)
        state.pointee.nextID += 1
        state.pointee.open.append((closer, state.pointee.nextID))
        return (state.pointee.open.count - 1, state.pointee.nextID)
    }

    func isOpen(level: Int, id: Int) -> Bool {
        level < state.pointee.open.count && state.pointee.open[level].id == id
    }

    /// Closes every container above `count` open ones.
    func close(downTo count: Int) {
        while state.pointee.open.count > count {
            bytes.append(state.pointee.open.removeLast().closer)
        }
    }

    /// Makes room for the next element of the container at `level`: closes the containers nested in
    /// it (their writing is over once their parent goes on) and writes a comma after a previous element.
    /// Returns false, and notes the misuse, when that container was already closed.
    @discardableResult
    func beginElement(level: Int, id: Int) -> Bool {
        guard isOpen(level: level, id: id) else {
            state.pointee.misuse = true
            return false
        }
        close(downTo: level + 1)
        if let last = bytes.last, last != UInt8(ascii: "{"), last != UInt8(ascii: "[") {
            bytes.append(UInt8(ascii: ","))
        }
        return true
    }

    func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    func integer<Integer: FixedWidthInteger>(_ value: Integer) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        // Digits are found lowest first; written into a small stack buffer, then copied in order.
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits in
            var count = 0
            while magnitude != 0 {
                let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 10)
                digits[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remainder)
                count += 1
                magnitude = quotient
            }
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(digits[index]) }
        }
    }

    /// The shortest text that reads back as the same number (Swift's `description`), as
    /// `JSONEncoder` writes it; the caller has already refused infinities and NaN.
    func floatingPoint(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    func string(_ text: String) {
        appendJSONString(text, to: &bytes)
    }
}

/// Appends `text` as a JSON string: quote, backslash and control characters escaped, everything
/// else as UTF-8 (both JSON writers of the store use it).
func appendJSONString(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
        if !utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(lowercaseHexDigits[Int(byte >> 4)])
                bytes.append(lowercaseHexDigits[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
    }
    bytes.append(UInt8(ascii: "\""))
}
