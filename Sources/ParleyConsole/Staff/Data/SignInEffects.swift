import Foundation
import ParleyCore
import ParleyStore

/// Whether this database is a demo one (the role picker then signs staff in without a password).
public struct CheckDemoEffect: ConsoleEffect {
    public init() {}
    public var summary: String { "check demo database" }
    public func run(_ backend: ConsoleBackend) -> any EffectResult { DemoChecked(isDemo: backend.store?.isDemo ?? false) }
}

public struct DemoChecked: EffectResult {
    public var isDemo: Bool
}

/// Checks a mediator's password against the stored salted hash; a wrong one is logged by the store.
public struct StaffSignInEffect: ConsoleEffect {
    public var name: String
    public var password: String
    public var at: Date

    public init(name: String, password: String, at: Date) {
        self.name = name
        self.password = password
        self.at = at
    }

    /// Never includes the password.
    public var summary: String { "sign in staff \(name)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        guard let store = backend.store else { return StaffSignInResult(accepted: false, message: "No database is open.") }
        do {
            _ = try store.signInStaff(name: name, password: password, at: at)
            return StaffSignInResult(accepted: true, message: "")
        } catch {
            return StaffSignInResult(accepted: false, message: "Wrong name or password; the attempt was logged.")
        }
    }
}

public struct StaffSignInResult: EffectResult {
    public var accepted: Bool
    public var message: String
}

/// Moves the sandbox clock (training only; the real database never moves in time).
public struct AdvanceSandboxClockEffect: ConsoleEffect {
    public var clock: MovableClock
    public var seconds: TimeInterval

    public init(clock: MovableClock, seconds: TimeInterval) {
        self.clock = clock
        self.seconds = seconds
    }

    public var summary: String { "advance sandbox clock by \(Int(seconds)) s" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        clock.advance(by: seconds)
        return SandboxClockMoved(now: clock.now(), seconds: seconds)
    }
}

public struct SandboxClockMoved: EffectResult {
    public var now: Date
    public var seconds: TimeInterval
}
