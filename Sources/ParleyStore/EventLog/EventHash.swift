import Crypto
import Foundation

/// The hash that links an event to the one before it in its stream. Every field is length-prefixed
/// so that no two different events can produce the same input.
enum EventHash {
    /// The "previous hash" of a stream's first event.
    static let genesis = String(repeating: "0", count: 64)

    static func of(previousHash: String, stream: String, position: Int64, atMilliseconds: Int64, actor: String, kind: String, payload: String) -> String {
        var hasher = SHA256()
        for field in [previousHash, stream, String(position), String(atMilliseconds), actor, kind, payload] {
            let bytes = Array(field.utf8)
            withUnsafeBytes(of: UInt64(bytes.count).bigEndian) { hasher.update(bufferPointer: $0) }
            hasher.update(data: bytes)
        }
        return hasher.finalize().hexString
    }
}

extension Sequence where Element == UInt8 {
    /// Lowercase hex, built from ASCII bytes in one pass (hashes are written for every event).
    var hexString: String {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(64)
        for byte in self {
            ascii.append(lowercaseHexDigits[Int(byte >> 4)])
            ascii.append(lowercaseHexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: ascii, as: UTF8.self)
    }
}

/// "0123456789abcdef" as ASCII bytes.
let lowercaseHexDigits: [UInt8] = Array("0123456789abcdef".utf8)
