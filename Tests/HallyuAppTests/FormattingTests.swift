import Foundation
import Testing

@testable import HallyuApp

@Suite("Formatting")
struct FormattingTests {
    @Test func isoTimesCarryTheNewsroomOffset() {
        let seoul = Formatting(timeZone: TimeZone(identifier: "Asia/Seoul")!)
        let date = Date(timeIntervalSince1970: 1_624_111_200)  // 2021-06-19T14:00:00Z
        #expect(seoul.iso(date) == "2021-06-19T23:00:00+09:00")
        #expect(seoul.day(date) == "19 June 2021")
        let newYork = Formatting(timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(newYork.iso(date) == "2021-06-19T10:00:00-04:00")
        let india = Formatting(timeZone: TimeZone(identifier: "Asia/Kolkata")!)
        #expect(india.iso(date) == "2021-06-19T19:30:00+05:30")
    }

    /// The long way round, through `Calendar`, as the site formatted dates before.
    private func reference(_ date: Date, in zone: TimeZone) -> (day: String, dayAndTime: String, iso: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let day = "\(parts.day!) \(months[parts.month! - 1]) \(parts.year!)"
        let offset = zone.secondsFromGMT(for: date)
        let minutes = abs(offset) / 60
        let iso = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!,
            parts.minute!, parts.second!, offset < 0 ? "-" : "+", minutes / 60, minutes % 60)
        return (day, day + String(format: ", %02d:%02d", parts.hour!, parts.minute!), iso)
    }

    /// Zones ahead of and behind UTC, with summer time, with half and quarter hours, and UTC
    /// itself, at moments from 1905 to 2090 and around the turns of summer time.
    @Test(arguments: [
        "Asia/Seoul", "UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu",
        "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham",
    ])
    func agreesWithFoundationsCalendar(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        let formatting = Formatting(timeZone: zone)
        var generator = SystemRandomNumberGenerator()
        var moments = (0..<1_500).map { _ in Date(timeIntervalSince1970: Double(Int64.random(in: -2_045_000_000...3_786_000_000, using: &generator)))
        }
        // Either side of 2 a.m. on the days clocks change in New York and London, 2024.
        for turn in [1_710_054_000, 1_730_613_600, 1_711_846_800, 1_729_990_800] {
            moments += (-3...3).map { Date(timeIntervalSince1970: Double(turn + $0 * 1_800)) }
        }
        for date in moments {
            let expected = reference(date, in: zone)
            #expect(formatting.day(date) == expected.day, "\(date.timeIntervalSince1970)")
            #expect(formatting.dayAndTime(date) == expected.dayAndTime, "\(date.timeIntervalSince1970)")
            #expect(formatting.iso(date) == expected.iso, "\(date.timeIntervalSince1970)")
        }
    }
}
