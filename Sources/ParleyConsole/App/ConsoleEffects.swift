import Foundation
import ParleyCore

/// Fires the deadline consequences due by now (cheap when nothing is due), a slice at a time.
public struct SweepEffect: ConsoleEffect {
    public var at: Date
    /// Due disputes and orders one sweep visits at most. A console started after a long downtime
    /// finds a backlog (100,000 due took ~20 s to sweep in one go, with the screen blank): it catches
    /// up one slice a tick instead, the screen drawn and the keys answered between slices (1,000
    /// take ~0.3 s on the bench's machine).
    public static let slice = 1_000
    public var summary: String { "sweep" }
    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            return SweepResult(progress: try backend.buyer.sweep(at: at, atMost: Self.slice))
        } catch {
            return EffectFailure(effect: summary, message: "Deadlines could not be applied: \(ErrorText.describe(error))")
        }
    }
}

public struct SweepResult: EffectResult {
    public var progress: SweepProgress
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
