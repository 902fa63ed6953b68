import Foundation

/// Publication times as people and programs write them.
public enum ScheduleTime {
    /// An ISO 8601 time that says its UTC offset (`2026-12-01T09:00:00+09:00`, or `Z`). A time
    /// without one is refused: the same words mean different moments in Seoul and in London.
    public static func parse(iso text: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard
            text.range(
                of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})$"#,
                options: .regularExpression) != nil
        else { return nil }
        var normalised = text.uppercased()
        // Foundation's parser wants seconds; a time given to the minute gets them.
        if normalised.range(of: #"T\d{2}:\d{2}(Z|[+-])"#, options: .regularExpression) != nil {
            let insertAt = normalised.index(normalised.firstIndex(of: "T")!, offsetBy: 6)
            normalised.insert(contentsOf: ":00", at: insertAt)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = normalised.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return formatter.date(from: normalised)
    }

    /// A form's `datetime-local` value (`2026-12-01T09:00`, seconds optional), read as a time in
    /// `zone`, the newsroom's own, which the form names beside the field.
    public static func parse(local text: String, in zone: TimeZone) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$"#, options: .regularExpression) != nil else { return nil }
        let numbers = text.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(
            year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4],
            second: numbers.count > 5 ? numbers[5] : 0)
        guard (1...12).contains(numbers[1]), (1...31).contains(numbers[2]), numbers[3] < 24, numbers[4] < 60,
            parts.second ?? 0 < 60, let date = calendar.date(from: parts),
            calendar.component(.day, from: date) == numbers[2]
        else { return nil }
        return date
    }

    /// The `datetime-local` value for `date` in `zone`, to the second.
    public static func local(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(c.year ?? 1970)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }
}
