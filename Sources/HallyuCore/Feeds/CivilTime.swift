import Foundation

/// A moment's calendar fields, in UTC or in a zone a fixed number of seconds ahead of it,
/// computed from the seconds directly (proleptic Gregorian): formatting every date of every card
/// through `Calendar.dateComponents` and `String(format:)` was a twentieth of an article page.
public struct CivilTime: Sendable, Hashable {
    public var year, month, day, hour, minute, second: Int64
    /// 0 for Sunday.
    public var weekday: Int

    /// The fields of `date` in a zone `offsetSeconds` ahead of UTC.
    public init(_ date: Date, offsetSeconds: Int = 0) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offsetSeconds)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm, proleptic Gregorian).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = time / 3_600
        minute = time % 3_600 / 60
        second = time % 60
        // 1970-01-01 was a Thursday.
        weekday = Int(((days % 7) + 11) % 7)
    }
}
