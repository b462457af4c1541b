/// Who does something: a buyer, a seller (shop), a staff member, or the system firing a deadline.
public enum Actor: Codable, Sendable, Hashable, CustomStringConvertible {
    case buyer(UserID)
    case seller(ShopID)
    case staff(StaffID)
    case system

    public var role: Role {
        switch self {
        case .buyer: return .buyer
        case .seller: return .seller
        case .staff: return .staff
        case .system: return .system
        }
    }

    public var description: String {
        switch self {
        case .buyer(let id): return "buyer \(id)"
        case .seller(let id): return "seller \(id)"
        case .staff(let id): return "mediator \(id)"
        case .system: return "Parley (automatic)"
        }
    }
}
