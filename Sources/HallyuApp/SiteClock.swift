import Foundation
import Vapor

/// The time the site's rules read: when a scheduled story is due, whether a poll has closed, how
/// old a comment form's stamp or a session is, the sign-in throttle's window, the news sitemap's
/// two days, the time an audit entry records, and how long a cached page stays fresh (a page with
/// a poll on it goes stale when the poll closes). The system's clock, except where tests set one
/// they move (`app.clock = SiteClock { … }`), so a rule about time is tested without waiting.
struct SiteClock: Sendable {
    let now: @Sendable () -> Date

    static let system = SiteClock { Date() }
}

private struct SiteClockKey: StorageKey {
    typealias Value = SiteClock
}

extension Application {
    var clock: SiteClock {
        get { storage[SiteClockKey.self] ?? .system }
        set { storage[SiteClockKey.self] = newValue }
    }

    var now: Date { clock.now() }
}

extension Request {
    var now: Date { application.now }
}
