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

    @Test func anythingElseIsNotAnInstant() {
        for text in ["", "abc", "tomorrow", "2026-13-45", "2026-11-24T15:00:00Zjunk", "2026-11-24x15:00", "24/11/2026", "2026-11-2"] {
            #expect(DateText.instant(from: text) == nil, "\(text)")
        }
    }
}
