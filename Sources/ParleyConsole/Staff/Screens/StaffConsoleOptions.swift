import ParleyCore

/// What the staff screens need beyond the console's context: the sandbox clock when `--sandbox`
/// runs (only then may `:advance` move time).
public struct StaffConsoleOptions: Sendable {
    public var sandboxClock: MovableClock?

    public init(sandboxClock: MovableClock? = nil) { self.sandboxClock = sandboxClock }

    public var isSandbox: Bool { sandboxClock != nil }
}

/// The first screen of each of the two consoles built here, for `ConsoleHome`.
public enum StaffConsole {
    /// Staff land on the sign-in gate: in a demo database it lets them straight through to the queue.
    public static func home(staff: StaffID, options: StaffConsoleOptions = StaffConsoleOptions()) -> any ConsoleScreen {
        StaffSignInScreen(staff: staff, options: options)
    }
}

public enum SellerConsole {
    public static func home(shop: ShopID) -> any ConsoleScreen { ShopDisputesScreen(shop: shop) }
}

extension ScreenContext {
    /// The mediator signed in, or nil for anyone else (who then sees no staff screen at all).
    var staffID: StaffID? {
        if case .staff(let id, _)? = session { return id }
        return nil
    }

    var shopID: ShopID? {
        if case .seller(let id, _)? = session { return id }
        return nil
    }
}

/// What a staff (or shop) screen does when someone else reaches it: nothing but a refusal in the access log.
enum StaffOnly {
    static func refusal(_ context: ScreenContext, attempted: String, reason: String = "staff only") -> [any ConsoleEffect] {
        guard let session = context.session else { return [] }
        return [RecordRefusalEffect(actor: session.actor, attempted: attempted, reason: reason, at: context.now)]
    }
}
