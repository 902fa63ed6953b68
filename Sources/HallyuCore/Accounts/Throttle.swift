import Foundation

/// At most `limit` attempts in a window of `window` seconds, which opens with the first of them;
/// once it has passed, the next attempt opens a new one. Sign-ins count failures per account and
/// per address (guessing one password from many addresses, or many accounts from one); comments
/// count what one address sent; votes what one address cast in one poll.
public struct Throttle: Sendable {
    public var limit: Int
    public var window: TimeInterval

    public init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// How long a refused attempt waits: until the full window that opened at `openedAt`
    /// closes, in whole seconds and never less than one.
    public func wait(windowOpenedAt openedAt: Date, now: Date) -> TimeInterval {
        // To the millisecond first: a moment read back from storage can differ from the same
        // moment in memory in its last bits, which must not round a full minute up to 61 seconds.
        let remaining = (openedAt.addingTimeInterval(window).timeIntervalSince(now) * 1000).rounded() / 1000
        return max(1, remaining.rounded(.up))
    }

    /// "4 minutes", "1 minute", "30 seconds": the wait as people say it.
    public static func describe(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return whole == 1 ? "1 second" : "\(whole) seconds" }
        let minutes = (whole + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }
}
