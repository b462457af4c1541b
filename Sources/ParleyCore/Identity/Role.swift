/// The three kinds of people who use Parley (SPEC §1), plus the program itself enforcing deadlines.
public enum Role: String, Codable, Sendable, Hashable, CaseIterable {
    case buyer, seller, staff, system

    public var noun: String {
        switch self {
        case .buyer: return "the buyer"
        case .seller: return "the seller"
        case .staff: return "the mediator"
        case .system: return "Parley"
        }
    }
}
