import Foundation
import HallyuCore

/// Dates as readers and API clients see them, in the newsroom's time zone. Made once at start-up:
/// date formatters are costly to create, and these run for every card on every page.
struct Formatting: Sendable {
    let timeZone: TimeZone
    private let calendar: Calendar

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// "19 June 2021".
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let day = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) else { return "" }
        return day.longForm
    }

    /// "19 June 2021, 23:05": the newsroom's times, to the minute.
    func dayAndTime(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return day(date) + String(format: ", %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "19 June 2021, 23:05 Asia/Seoul": a time the newsroom acts on, with the zone it is in.
    func zonedTime(_ date: Date) -> String {
        dayAndTime(date) + " " + timeZone.identifier
    }

    /// ISO 8601 with the zone's offset, as the contract wants (`2021-06-19T23:00:00+09:00`).
    func iso(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", parts.year ?? 1970, parts.month ?? 1,
                      parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, sign, minutes / 60, minutes % 60)
    }

    /// "19 June 2021 – 21 August 2021", or the first date alone.
    static func airDates(_ title: Title) -> String? {
        switch (title.firstAired, title.lastAired) {
        case let (first?, last?) where first != last: "\(first.longForm) – \(last.longForm)"
        case let (first?, _): first.longForm
        default: nil
        }
    }
}
