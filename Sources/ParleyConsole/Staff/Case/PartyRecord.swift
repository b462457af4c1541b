import ParleyCore

/// How a buyer's or a shop's disputes went, for the case view's history flags.
public struct PartyRecord: Sendable, Hashable {
    public var total: Int
    public var open: Int
    public var byReason: [ClaimReason: Int]
    public var byDecision: [Decision: Int]

    public init(total: Int = 0, open: Int = 0, byReason: [ClaimReason: Int] = [:], byDecision: [Decision: Int] = [:]) {
        self.total = total
        self.open = open
        self.byReason = byReason
        self.byDecision = byDecision
    }

    /// Repeated claims worth a mediator's attention: the same reason this many times or more.
    public static let repeatedClaimThreshold = 2

    /// "4 disputes (1 open); ended: 2 Seller accepted, 1 Mediator ruling"
    public var summary: String {
        guard total > 0 else { return "no earlier disputes" }
        var text = "\(total) dispute\(total == 1 ? "" : "s") (\(open) open)"
        let ended = byDecision.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.value) \($0.key.shortTitle.lowercased())" }
        if !ended.isEmpty { text += "; ended: " + ended.joined(separator: ", ") }
        return text
    }

    /// Reasons claimed repeatedly (an "empty package" claim twice is the classic warning sign).
    public var repeatedClaims: [(ClaimReason, Int)] {
        byReason.filter { $0.value >= Self.repeatedClaimThreshold && $0.key == .emptyPackage }
            .sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
    }
}
