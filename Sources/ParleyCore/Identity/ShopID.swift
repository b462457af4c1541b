/// Identifies a seller's shop. Encoded as a plain string.
public struct ShopID: RawRepresentable, Codable, Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: ShopID, rhs: ShopID) -> Bool { lhs.rawValue < rhs.rawValue }
}
