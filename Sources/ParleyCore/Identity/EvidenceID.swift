/// Identifies one evidence file within a dispute. Encoded as a plain string.
public struct EvidenceID: RawRepresentable, Codable, Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: EvidenceID, rhs: EvidenceID) -> Bool { lhs.rawValue < rhs.rawValue }
}
