/// Why the buyer opens a dispute (SPEC §3.2). The catalogue depends on whether the goods were received.
public enum ClaimReason: String, Codable, Sendable, Hashable, CaseIterable {
    // Received
    case notAsDescribed = "not-as-described"
    case doesNotWork = "does-not-work"
    case poorQuality = "poor-quality"
    case counterfeit
    case lessQuantity = "less-quantity"
    case emptyPackage = "empty-package"
    case damaged
    case differentShippingMethod = "different-shipping-method"
    // Not received
    case protectionExpiringInTransit = "protection-expiring-in-transit"
    case returnedByCarrier = "returned-by-carrier"
    case noTrackingInformation = "no-tracking-information"
    case customsDutyTooHigh = "customs-duty-too-high"
    case wrongAddress = "wrong-address"

    /// Whether this reason belongs to "received the goods: yes".
    public var requiresReceivedGoods: Bool {
        switch self {
        case .notAsDescribed, .doesNotWork, .poorQuality, .counterfeit, .lessQuantity, .emptyPackage, .damaged, .differentShippingMethod:
            return true
        case .protectionExpiringInTransit, .returnedByCarrier, .noTrackingInformation, .customsDutyTooHigh, .wrongAddress:
            return false
        }
    }

    /// The reasons offered after "received: yes" or "received: no", in the form's order.
    public static func catalogue(received: Bool) -> [ClaimReason] {
        allCases.filter { $0.requiresReceivedGoods == received }
    }

    public var title: String {
        switch self {
        case .notAsDescribed: return "Differs in colour, size, design or material"
        case .doesNotWork: return "Doesn't work as expected"
        case .poorQuality: return "Poor quality"
        case .counterfeit: return "Counterfeit item"
        case .lessQuantity: return "Received less than the ordered quantity"
        case .emptyPackage: return "Empty package"
        case .damaged: return "Item damaged / broken"
        case .differentShippingMethod: return "Shipping method differs from the one chosen"
        case .protectionExpiringInTransit: return "Order protection is expiring but the parcel is still in transit"
        case .returnedByCarrier: return "The shipping company returned the parcel"
        case .noTrackingInformation: return "No tracking information"
        case .customsDutyTooHigh: return "Customs duty is too high, I don't want to pay"
        case .wrongAddress: return "The seller sent it to the wrong address"
        }
    }

    /// What evidence fits this reason, shown beside the choice.
    public var hint: String {
        switch self {
        case .notAsDescribed: return "Photos of the item next to the listing's description; for an incomplete set, show what is missing (e.g. the charger)."
        case .doesNotWork: return "A video showing the item failing, and how you used it."
        case .poorQuality: return "Close-up photos of the defects."
        case .counterfeit: return "Photos of labels, logos and serial numbers; compare with the original brand."
        case .lessQuantity: return "A photo of everything that arrived, with the packing list."
        case .emptyPackage: return "Photos of the parcel and an unboxing video; the weight on the label helps."
        case .damaged: return "Photos of the parcel and an unboxing video. If it arrived intact but does not work, choose \"Doesn't work as expected\"."
        case .differentShippingMethod: return "A photo of the shipping label showing the carrier used."
        case .protectionExpiringInTransit: return "A screenshot of the tracking page showing the parcel still in transit."
        case .returnedByCarrier: return "A screenshot of the tracking page showing the return to the sender."
        case .noTrackingInformation: return "A screenshot of the carrier's page showing no information for the tracking number."
        case .customsDutyTooHigh: return "The customs notice with the amount asked."
        case .wrongAddress: return "A screenshot of the tracking page with the delivery address, and your order address."
        }
    }
}
