/// What kind of goods an order holds; decides protection length and double compensation (via the policy).
public enum ProductCategory: String, Codable, CodingKeyRepresentable, Sendable, Hashable, CaseIterable {
    case general
    case clothing
    case electronics
    case expensiveElectronics = "expensive-electronics"
    case jewellery
    case furniture
    case largeGoods = "large-goods"

    public var title: String {
        switch self {
        case .general: return "General goods"
        case .clothing: return "Clothing and shoes"
        case .electronics: return "Electronics"
        case .expensiveElectronics: return "Expensive electronics"
        case .jewellery: return "Jewellery"
        case .furniture: return "Furniture"
        case .largeGoods: return "Large goods"
        }
    }
}
