import Foundation
import ParleyCore
import Testing

@Suite struct DateTextTests {
    /// The arithmetic must agree with Foundation's Gregorian calendar in UTC, across leap years,
    /// century rules, month ends and instants before 1970.
    @Test func datesAgreeWithTheGregorianCalendarInUTC() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: 0))
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var instant = -2_208_988_800.0  // 1 Jan 1900
        while instant < 4_102_444_800 {  // 1 Jan 2100
            let date = Date(timeIntervalSince1970: instant)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let hour = try #require(parts.hour), minute = try #require(parts.minute)
            let expectedShort = "\(parts.day ?? 0) \(months[(parts.month ?? 1) - 1]) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
            #expect(DateText.short(date) == expectedShort)
            #expect(DateText.day(date) == "\(parts.day ?? 0) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 0)")
            // Typed back in, the same fields give the same instant (to the minute).
            let typed = "\(parts.year ?? 0)-\(two(parts.month ?? 0))-\(two(parts.day ?? 0))T\(two(hour)):\(two(minute))Z"
            #expect(DateText.instant(from: typed) == Date(timeIntervalSince1970: (instant / 60).rounded(.down) * 60), "\(typed)")
            instant += 86_400 * 13 + 3_607.5  // steps through every month, day and hour over the years
        }
    }

    @Test func typedInstantsAreReadInUTCUnlessTheyNameAZone() {
        let threePM = Date(timeIntervalSince1970: 1_795_532_400)  // 24 Nov 2026 15:00 UTC
        #expect(DateText.instant(from: "2026-11-24T15:00:00Z") == threePM)
        #expect(DateText.instant(from: " 2026-11-24T15:00:00Z ") == threePM)
        #expect(DateText.instant(from: "2026-11-24T16:00:00+01:00") == threePM)
        #expect(DateText.instant(from: "2026-11-24T15:00:00.250Z") == threePM.addingTimeInterval(0.25))
        #expect(DateText.instant(from: "2026-11-24 15:00:00") == threePM)
        #expect(DateText.instant(from: "2026-11-24 15:00") == threePM)
        #expect(DateText.instant(from: "2026-11-24T15:00") == threePM)
        #expect(DateText.instant(from: "2026-11-24") == threePM.addingTimeInterval(-15 * 3_600))
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    @Test func zonesFractionsAndLeapDaysAreRead() {
        let threePM = Date(timeIntervalSince1970: 1_795_532_400)
        #expect(DateText.instant(from: "2026-11-24T10:30:00-04:30") == threePM)
        #expect(DateText.instant(from: "2026-11-24T16:00:00+0100") == threePM)
        #expect(DateText.instant(from: "2026-11-24T15:00Z") == threePM)
        #expect(DateText.instant(from: "2026-11-24T15:00:00.5000000001Z") == threePM.addingTimeInterval(0.5))
        #expect(DateText.instant(from: "2024-02-29") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(DateText.instant(from: "2000-02-29") == Date(timeIntervalSince1970: 951_782_400))
        #expect(DateText.instant(from: "1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
    }

    @Test func anythingElseIsNotAnInstant() {
        for text in ["", "abc", "tomorrow", "2026-13-45", "2026-11-24T15:00:00Zjunk", "2026-11-24x15:00", "24/11/2026", "2026-11-2",
                     "2026-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-11-00", "2026-11-24T24:00", "2026-11-24T15:60",
                     "2026-11-24T15:00:60Z", "2026-11-24T15:00:00.Z", "2026-11-24T15:00:00+19:00", "2026-11-24T15", "2026-11-24 T15:00",
                     "2026-11-24T15:00:00z", "٢٠٢٦-11-24"] {
            #expect(DateText.instant(from: text) == nil, "\(text)")
        }
    }
}
