/// The stage shown in the progress diagram (SPEC §4):
/// Opened → Seller response → Negotiation → Mediation → Closed, plus Cancelled, Return in progress, Refund.
public enum DisputeStage: String, Codable, Sendable, Hashable, CaseIterable {
    case opened
    case sellerResponse = "seller-response"
    case negotiation
    case mediation
    case returnInProgress = "return-in-progress"
    case refund
    case closed
    case cancelled

    public var title: String {
        switch self {
        case .opened: return "Opened"
        case .sellerResponse: return "Seller response"
        case .negotiation: return "Negotiation"
        case .mediation: return "Mediation"
        case .returnInProgress: return "Return in progress"
        case .refund: return "Refund"
        case .closed: return "Closed"
        case .cancelled: return "Cancelled"
        }
    }

    /// The main path of the progress diagram.
    public static let mainPath: [DisputeStage] = [.opened, .sellerResponse, .negotiation, .mediation, .closed]
}
