import Foundation

/// Dates as the screens and messages show them, always in UTC and independent of the machine's locale:
/// "29 Nov 14:00".
public enum DateText {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }

    /// "29 Nov 14:00"
    public static func short(_ date: Date) -> String {
        let parts = utc.dateComponents([.day, .month, .hour, .minute], from: date)
        let month = months[((parts.month ?? 1) - 1 + 12) % 12]
        return "\(parts.day ?? 1) \(month) \(two(parts.hour ?? 0)):\(two(parts.minute ?? 0))"
    }

    /// "29 Nov 2026"
    public static func day(_ date: Date) -> String {
        let parts = utc.dateComponents([.day, .month, .year], from: date)
        let month = months[((parts.month ?? 1) - 1 + 12) % 12]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 1970)"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
