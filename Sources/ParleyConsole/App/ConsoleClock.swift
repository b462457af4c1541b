import Foundation
import Synchronization

/// Where the console reads the time: the real clock in the app, a clock that tests and `--sandbox`
/// move by hand. Nothing else in the console reads `Date()`.
public protocol ConsoleClock: Sendable {
    func now() -> Date
}

/// The wall clock.
public struct SystemClock: ConsoleClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that stands still until moved; starts at a given instant, or keeps running from it.
public final class MovableClock: ConsoleClock {
    private struct Reading: Sendable {
        var base: Date
        var startedAt: Date?
    }
    private let reading: Mutex<Reading>

    /// A stopped clock at `instant`; with `running`, it advances with real time from `instant`.
    public init(_ instant: Date, running: Bool = false) {
        reading = Mutex(Reading(base: instant, startedAt: running ? Date() : nil))
    }

    public func now() -> Date {
        reading.withLock { value in
            guard let started = value.startedAt else { return value.base }
            return value.base.addingTimeInterval(Date().timeIntervalSince(started))
        }
    }

    public func set(_ instant: Date) {
        reading.withLock { value in
            value.base = instant
            if value.startedAt != nil { value.startedAt = Date() }
        }
    }

    public func advance(by seconds: TimeInterval) { set(now().addingTimeInterval(seconds)) }
}
