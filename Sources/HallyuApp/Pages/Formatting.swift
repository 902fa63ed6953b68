import Foundation
import HallyuCore

/// Dates and numbers as readers see them, in the newsroom's time zone.
struct Formatting: Sendable {
    let timeZone: TimeZone

    /// "19 June 2021".
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let day = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) else { return "" }
        return day.longForm
    }

    /// ISO 8601 with the zone's offset, as the contract wants (`2021-06-19T23:00:00+09:00`).
    func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// "19 June 2021 – 21 August 2021", or the first date alone.
    static func airDates(_ title: Title) -> String? {
        switch (title.firstAired, title.lastAired) {
        case let (first?, last?) where first != last: "\(first.longForm) – \(last.longForm)"
        case let (first?, _): first.longForm
        default: nil
        }
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
