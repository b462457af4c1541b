/// The carrier service the buyer chose (a claim can say the seller used another one).
public enum ShippingMethod: String, Codable, Sendable, Hashable, CaseIterable {
    case standard
    case economy
    case express
    case sellerOwn = "seller-own"

    public var title: String {
        switch self {
        case .standard: return "Standard shipping"
        case .economy: return "Economy (untracked)"
        case .express: return "Express courier"
        case .sellerOwn: return "Seller's shipping method"
        }
    }
}
