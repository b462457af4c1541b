import Foundation
import ParleyCore

/// Fires every deadline consequence due by now (cheap when nothing is due).
public struct SweepEffect: ConsoleEffect {
    public var at: Date
    public var summary: String { "sweep" }
    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            return SweepResult(changed: try backend.buyer.sweep(at: at))
        } catch {
            return EffectFailure(effect: summary, message: "Deadlines could not be applied: \(ErrorText.describe(error))")
        }
    }
}

public struct SweepResult: EffectResult {
    public var changed: Int
}

/// How many notifications the signed-in person has not read.
public struct UnreadCountEffect: ConsoleEffect {
    public var actor: Actor?
    public var summary: String { "count unread notifications" }
    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        guard let actor else { return UnreadCountResult(count: NotificationCount(unread: 0, newest: nil)) }
        return UnreadCountResult(count: (try? backend.buyer.notificationCount(for: actor)) ?? NotificationCount(unread: 0, newest: nil))
    }
}

public struct UnreadCountResult: EffectResult {
    public var count: NotificationCount
}
