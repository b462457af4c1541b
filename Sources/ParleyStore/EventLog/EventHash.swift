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
    var hexString: String {
        var text = ""
        text.reserveCapacity(64)
        for byte in self {
            text.append(Self.hexDigits[Int(byte >> 4)])
            text.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return text
    }

    private static var hexDigits: [Character] { Array("0123456789abcdef") }
}
