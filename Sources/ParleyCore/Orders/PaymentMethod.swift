/// How the buyer paid; refunds go back the same way (SPEC §4.8).
public enum PaymentMethod: String, Codable, Sendable, Hashable, CaseIterable {
    case card, wallet, alipay

    public var title: String {
        switch self {
        case .card: return "Card"
        case .wallet: return "Wallet"
        case .alipay: return "Alipay"
        }
    }
}
