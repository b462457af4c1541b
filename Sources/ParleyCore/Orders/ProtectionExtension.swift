import Foundation

/// A buyer's request for more protection days; it counts only once the seller confirms it (SPEC §2).
public struct ProtectionExtension: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        case requested, confirmed, declined
    }

    public var days: Int
    public var requestedAt: Date
    public var status: Status
    public var answeredAt: Date?

    public init(days: Int, requestedAt: Date, status: Status = .requested, answeredAt: Date? = nil) {
        self.days = days
        self.requestedAt = requestedAt
        self.status = status
        self.answeredAt = answeredAt
    }
}
