import Foundation

/// When attempts must wait: after `limit` of them within `window`. Sign-ins count failures per
/// account and per address (guessing one password from many addresses, or many accounts from
/// one); comments count what one address sent.
public struct Throttle: Sendable {
    public var limit: Int
    public var window: TimeInterval

    public init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// How long to wait before the next attempt, given the times of recent ones; nil when an
    /// attempt may go ahead.
    public func wait(failures: [Date], now: Date) -> TimeInterval? {
        let recent = failures.filter { now.timeIntervalSince($0) < window }.sorted()
        guard recent.count >= limit else { return nil }
        // The attempt may go ahead once enough of the failures have aged out of the window.
        let freeing = recent[recent.count - limit]
        return max(1, (freeing.addingTimeInterval(window).timeIntervalSince(now)).rounded(.up))
    }

    /// "4 minutes", "1 minute", "30 seconds": the wait as people say it.
    public static func describe(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return whole == 1 ? "1 second" : "\(whole) seconds" }
        let minutes = (whole + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }
}
