import Foundation
import HallyuCore

/// Dates as readers and API clients see them, in the newsroom's time zone. They run for every
/// card on every page, so the fields come from `CivilTime` and the zone's offset at that moment,
/// not from `Calendar` and `String(format:)`.
struct Formatting: Sendable {
    let timeZone: TimeZone

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// "19 June 2021".
    func day(_ date: Date) -> String {
        let local = civil(date)
        guard let day = CalendarDate(year: Int(local.year), month: Int(local.month), day: Int(local.day)) else { return "" }
        return day.longForm
    }

    /// "19 June 2021, 23:05": the newsroom's times, to the minute.
    func dayAndTime(_ date: Date) -> String {
        let local = civil(date)
        return day(date) + ", " + Self.twoDigits(local.hour) + ":" + Self.twoDigits(local.minute)
    }

    /// "19 June 2021, 23:05 Asia/Seoul": a time the newsroom acts on, with the zone it is in.
    func zonedTime(_ date: Date) -> String {
        dayAndTime(date) + " " + timeZone.identifier
    }

    /// ISO 8601 with the zone's offset, as the contract wants (`2021-06-19T23:00:00+09:00`).
    func iso(_ date: Date) -> String {
        UTCTimestamp.string(date, offsetSeconds: timeZone.secondsFromGMT(for: date))
    }

    private func civil(_ date: Date) -> CivilTime {
        CivilTime(date, offsetSeconds: timeZone.secondsFromGMT(for: date))
    }

    private static func twoDigits(_ value: Int64) -> String {
        value < 10 ? "0" + String(value) : String(value)
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
