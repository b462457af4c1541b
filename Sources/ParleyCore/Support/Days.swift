import Foundation

extension Date {
    /// This instant plus whole days of 24 hours (policy windows are counted in UTC days).
    public func adding(days: Int) -> Date { addingTimeInterval(TimeInterval(days) * 86_400) }
}

/// Whole days from one instant to another, rounded down (0 when `to` is earlier).
func wholeDays(from start: Date, to end: Date) -> Int {
    max(0, Int((end.timeIntervalSince(start) / 86_400).rounded(.down)))
}
