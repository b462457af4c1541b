import Foundation

/// Dates as the screens and messages show them, always in UTC and independent of the machine's locale:
/// "29 Nov 14:00". Written as integer arithmetic rather than through `Calendar`: screens format dozens
/// of dates per frame, a calendar look-up costs microseconds each, and it loads ICU's data at start-up.
public enum DateText {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "29 Nov 14:00"
    public static func short(_ date: Date) -> String {
        let parts = UTCFields(date)
        return "\(parts.day) \(months[parts.month - 1]) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// "29 Nov 2026"
    public static func day(_ date: Date) -> String {
        let parts = UTCFields(date)
        return "\(parts.day) \(months[parts.month - 1]) \(parts.year)"
    }

    /// Reads an instant as people type it for `--now`: ISO 8601 with a zone ("2026-11-24T15:00:00Z",
    /// "…+01:00", fractions allowed), or a UTC date and time ("2026-11-24 15:00", "2026-11-24T15:00:00",
    /// "2026-11-24"). Nil for anything else, including days a month does not have. Read by hand like
    /// the formatting above: Foundation's ISO 8601 parser set up its calendar on every start that names
    /// `--now`, about a millisecond before the first frame (perf).
    public static func instant(from typed: String) -> Date? {
        var reader = TypedInstantReader(typed.trimmingSpaces)
        guard let year = reader.number(digits: 4), reader.skip("-"), let month = reader.number(digits: 2), reader.skip("-"),
              let day = reader.number(digits: 2), (1...12).contains(month),
              (1...UTCFields.daysIn(month: month, year: year)).contains(day) else { return nil }
        var seconds = UTCFields.daysSince1970(year: year, month: month, day: day) * 86_400
        var fraction = 0.0
        if !reader.isAtEnd {
            guard reader.skip("T") || reader.skip(" "), let hour = reader.number(digits: 2), hour < 24, reader.skip(":"),
                  let minute = reader.number(digits: 2), minute < 60 else { return nil }
            seconds += hour * 3_600 + minute * 60
            if reader.skip(":") {
                guard let second = reader.number(digits: 2), second < 60 else { return nil }
                seconds += second
                if reader.skip(".") {
                    guard let parts = reader.fraction() else { return nil }
                    fraction = parts
                }
            }
            if !reader.skip("Z"), let sign = reader.sign() {
                guard let hours = reader.number(digits: 2), hours <= 18 else { return nil }
                _ = reader.skip(":")
                guard let minutes = reader.number(digits: 2), minutes < 60 else { return nil }
                seconds -= sign * (hours * 3_600 + minutes * 60)
            }
        }
        guard reader.isAtEnd else { return nil }
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// The calendar fields of an instant in UTC (proleptic Gregorian), from the count of days since 1970
/// by Howard Hinnant's `civil_from_days`.
struct UTCFields {
    let year: Int, month: Int, day: Int, hour: Int, minute: Int

    init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}

extension UTCFields {
    /// Days from 1 Jan 1970 to the given day (proleptic Gregorian), by Hinnant's `days_from_civil`.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Walks typed ASCII text for `DateText.instant(from:)`.
struct TypedInstantReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var isAtEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        guard bytes.count - index >= digits else { return nil }
        var value = 0
        for byte in bytes[index..<(index + digits)] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += digits
        return value
    }

    /// One or more digits after a decimal point, as a fraction of a second.
    mutating func fraction() -> Double? {
        let start = index
        var value = 0.0, scale = 1.0
        while index < bytes.count, (48...57).contains(bytes[index]) {
            // Digits past nanoseconds are read and dropped.
            if scale < 1e9 {
                value = value * 10 + Double(bytes[index] - 48)
                scale *= 10
            }
            index += 1
        }
        return index > start ? value / scale : nil
    }

    /// +1 or -1 for a zone offset's sign.
    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
