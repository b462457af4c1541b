/// Whether the form offers a reason for this order, and if not, why (SPEC §3.2).
public struct ReasonAvailability: Codable, Sendable, Hashable {
    public var reason: ClaimReason
    public var isOffered: Bool
    /// Shown instead of the reason when it is not offered.
    public var whyNot: String?

    public init(reason: ClaimReason, isOffered: Bool, whyNot: String? = nil) {
        self.reason = reason
        self.isOffered = isOffered
        self.whyNot = whyNot
    }
}

extension Order {
    /// The reasons for "received: yes/no", each offered or not with the reason why.
    public func reasonAvailability(received: Bool) -> [ReasonAvailability] {
        ClaimReason.catalogue(received: received).map { reason in
            if let why = whyReasonNotOffered(reason) {
                return ReasonAvailability(reason: reason, isOffered: false, whyNot: why)
            }
            return ReasonAvailability(reason: reason, isOffered: true)
        }
    }

    /// Nil when the reason may be chosen for this order.
    public func whyReasonNotOffered(_ reason: ClaimReason) -> String? {
        switch reason {
        case .noTrackingInformation where trackingWorks:
            return "Not offered: the tracking number works — the carrier shows the parcel in transit."
        default:
            return nil
        }
    }
}
