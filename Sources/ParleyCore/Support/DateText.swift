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
    /// "2026-11-24"). Nil for anything else. Uses FoundationEssentials' parser, which needs no ICU.
    public static func instant(from typed: String) -> Date? {
        var text = typed.trimmingCharacters(in: .whitespaces)
        let characters = Array(text)
        guard characters.count >= 10 else { return nil }
        if characters.count == 10 {
            text += "T00:00:00Z"
        } else {
            guard characters[10] == " " || characters[10] == "T" else { return nil }
            text = String(characters[..<10]) + "T" + String(characters[11...])
            if characters.count == 16 { text += ":00" }
            let time = characters[11...]
            if !time.contains("Z") && !time.contains("+") && !time.contains("-") { text += "Z" }
        }
        // The parser stops where its pattern ends, so trailing words are refused here.
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "-:T.Z+".contains($0)) }) else { return nil }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: text.contains(".")).parse(text)
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
