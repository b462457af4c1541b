import Foundation

/// How pressing a deadline is, for the staff queue's colours (SPEC §5): overdue, under 24 h, under 3 days.
public enum DeadlineUrgency: Int, Codable, Sendable, Hashable, Comparable, CaseIterable {
    case overdue, underADay, underThreeDays, later

    public static func < (lhs: DeadlineUrgency, rhs: DeadlineUrgency) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The queue's bands, in hours (a display convention of the console, not a dispute rule).
    public static let dayBandHours: Double = 24
    public static let threeDayBandHours: Double = 72
}

extension Deadline {
    public func urgency(at instant: Date) -> DeadlineUrgency {
        let hours = remaining(at: instant) / 3600
        if hours <= 0 { return .overdue }
        if hours < DeadlineUrgency.dayBandHours { return .underADay }
        if hours < DeadlineUrgency.threeDayBandHours { return .underThreeDays }
        return .later
    }
}
