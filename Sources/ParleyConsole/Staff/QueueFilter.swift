import ParleyCore

/// The staff queue's filters; nil means any. Kept by the console, handed to the store as a query.
public struct QueueFilter: Sendable, Hashable {
    public enum Assignee: Sendable, Hashable {
        case unassigned
        case staff(StaffID)
    }

    public var reason: ClaimReason?
    public var stage: DisputeStage?
    public var shop: ShopID?
    public var assignee: Assignee?
    /// The `/` search: dispute number, order number or item.
    public var text: String

    public init(reason: ClaimReason? = nil, stage: DisputeStage? = nil, shop: ShopID? = nil,
                assignee: Assignee? = nil, text: String = "") {
        self.reason = reason
        self.stage = stage
        self.shop = shop
        self.assignee = assignee
        self.text = text
    }

    public var isEmpty: Bool { self == QueueFilter() }

    /// "reason=counterfeit stage=mediation /D-10" for the queue's title line.
    public var summary: String {
        var parts: [String] = []
        if let reason { parts.append("reason=\(reason.rawValue)") }
        if let stage { parts.append("stage=\(stage.rawValue)") }
        if let shop { parts.append("shop=\(shop)") }
        switch assignee {
        case .unassigned?: parts.append("assignee=none")
        case .staff(let id)?: parts.append("assignee=\(id)")
        case nil: break
        }
        if !text.isEmpty { parts.append("/\(text)") }
        return parts.joined(separator: " ")
    }
}
