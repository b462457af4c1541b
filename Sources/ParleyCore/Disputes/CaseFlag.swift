/// Warnings for the mediator's case view (SPEC §5): a reason that does not fit the evidence or the tracking.
public enum CaseFlag: String, Codable, Sendable, Hashable, CaseIterable {
    /// Damage, empty package and the like claimed with no photo or video.
    case claimWithoutVisualEvidence = "claim-without-visual-evidence"
    /// "Not received" although the carrier tracked a delivery.
    case notReceivedButDelivered = "not-received-but-delivered"
    /// "No tracking information" although the parcel has in-transit events.
    case noTrackingButTracked = "no-tracking-but-tracked"

    public var message: String {
        switch self {
        case .claimWithoutVisualEvidence: return "The claim needs photos or video, but the buyer added none."
        case .notReceivedButDelivered: return "The buyer says not received, but tracking shows a delivery."
        case .noTrackingButTracked: return "The buyer says there is no tracking information, but the parcel has in-transit events."
        }
    }
}

extension Dispute {
    /// The flags that apply to this dispute on this order.
    public func caseFlags(order: Order) -> [CaseFlag] {
        var flags: [CaseFlag] = []
        let buyerEvidence = evidence.filter { $0.addedBy.role == .buyer }
        if received && buyerEvidence.isEmpty { flags.append(.claimWithoutVisualEvidence) }
        if !received && (order.deliveredAt != nil || order.tracking.contains { $0.kind == .delivered }) {
            flags.append(.notReceivedButDelivered)
        }
        if reason == .noTrackingInformation && order.trackingWorks { flags.append(.noTrackingButTracked) }
        return flags
    }
}
