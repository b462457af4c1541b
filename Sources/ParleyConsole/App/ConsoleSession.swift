import ParleyCore

/// Who is signed in to the console.
public enum ConsoleSession: Sendable, Hashable {
    case buyer(UserID, name: String)
    case seller(ShopID, name: String)
    case staff(StaffID, name: String)

    /// The actor domain actions are performed as.
    public var actor: Actor {
        switch self {
        case .buyer(let id, _): return .buyer(id)
        case .seller(let id, _): return .seller(id)
        case .staff(let id, _): return .staff(id)
        }
    }

    public var name: String {
        switch self {
        case .buyer(_, let name), .seller(_, let name), .staff(_, let name): return name
        }
    }

    public var roleTitle: String {
        switch self {
        case .buyer: return "buyer"
        case .seller: return "seller"
        case .staff: return "mediator"
        }
    }

    /// "Amara Diallo (buyer)" for the status bar.
    public var label: String { "\(name) (\(roleTitle))" }
}

/// An account the role picker offers (demo databases sign in without a password).
public struct ConsoleAccount: Sendable, Hashable {
    public var session: ConsoleSession
    /// One line about the account: "12 orders, 2 disputes".
    public var summary: String

    public init(session: ConsoleSession, summary: String) {
        self.session = session
        self.summary = summary
    }
}

/// What `--as ROLE:NAME` asked for, before it is matched to an account.
public struct SignInRequest: Sendable, Hashable {
    public enum Role: String, Sendable, CaseIterable { case buyer, seller, staff }
    public var role: Role
    public var name: String

    public init(role: Role, name: String) {
        self.role = role
        self.name = name
    }

    /// Parses "buyer:amara"; nil when it is not of that form.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let role = Role(rawValue: parts[0].lowercased()), !parts[1].isEmpty else { return nil }
        self.init(role: role, name: parts[1])
    }

    /// Whether an account is the one asked for (by id or by name, ignoring case).
    public func matches(_ account: ConsoleAccount) -> Bool {
        let wanted = name.lowercased()
        switch (role, account.session) {
        case (.buyer, .buyer(let id, let name)): return id.rawValue.lowercased() == wanted || name.lowercased() == wanted || name.lowercased().hasPrefix(wanted + " ")
        case (.seller, .seller(let id, let name)): return id.rawValue.lowercased() == wanted || name.lowercased() == wanted || name.lowercased().hasPrefix(wanted + " ")
        case (.staff, .staff(let id, let name)): return id.rawValue.lowercased() == wanted || name.lowercased() == wanted || name.lowercased().hasPrefix(wanted + " ")
        default: return false
        }
    }
}
