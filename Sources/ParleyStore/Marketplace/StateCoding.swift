import Foundation
import ParleyCore

/// How domain values are written as JSON in `state` columns and event payloads: by the streaming
/// coders in `StateJSON/`, which read and write the shape `JSONEncoder` does (dates as seconds
/// since 2001 at full precision, so a value read back equals the value written), two to four times
/// faster (parley-bench, domain group).
public enum StateCoding {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        try StateJSONEncoder.encode(value)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        do {
            return try StateJSONDecoder.decode(type, from: text)
        } catch {
            throw StoreError.database("a stored \(type) could not be read back (\(error))")
        }
    }
}

/// Actors as stored text: "buyer:U-1", "seller:S-1", "staff:mira", "system".
public enum ActorText {
    public static func text(_ actor: Actor) -> String {
        switch actor {
        case .buyer(let id): return "buyer:\(id.rawValue)"
        case .seller(let id): return "seller:\(id.rawValue)"
        case .staff(let id): return "staff:\(id.rawValue)"
        case .system: return "system"
        }
    }

    public static func actor(_ text: String) -> Actor? {
        if text == "system" { return .system }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "buyer": return .buyer(UserID(parts[1]))
        case "seller": return .seller(ShopID(parts[1]))
        case "staff": return .staff(StaffID(parts[1]))
        default: return nil
        }
    }
}

extension Int64 {
    /// Sorts after every real instant.
    static let sortsLast = Int64.max
}
