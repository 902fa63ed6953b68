import NIOConcurrencyHelpers
import Prometheus
import Vapor

/// The application's metrics in Prometheus's registry: what requests count as they are
/// answered (by route pattern, method and status class, with their durations) and what the
/// scrape reads when it comes (`MetricsReading`). One registry per application, not swift-metrics'
/// process-wide one, so each test's application counts its own.
final class SiteMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    /// Where request durations fall: a cached page takes well under a millisecond, a built one
    /// a few, a slow search or an export seconds.
    static let durationBuckets: [Duration] = [
        .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
        .seconds(2.5), .seconds(5), .seconds(10),
    ]

    private struct RequestKey: Hashable {
        var method: String
        var route: String
        var statusClass: String
    }

    private struct RequestInstruments {
        var count: Counter
        var duration: DurationHistogram
    }

    /// Instruments by their labels, so answering a request costs one lookup, not the
    /// registry's checks of every name and label.
    private let instruments = NIOLockedValueBox<[RequestKey: RequestInstruments]>([:])
    private let cacheAnswers = NIOLockedValueBox<[String: Counter]>([:])

    /// Scheduled articles this process published.
    let scheduledPublished: Counter
    /// When this process's scheduler last finished a round, in seconds since 1970.
    let schedulerRound: Gauge

    init() {
        scheduledPublished = registry.counter(
            "hallyu_scheduler_published_total", help: "Scheduled articles this process published when they fell due.")
        schedulerRound = registry.gauge(
            "hallyu_scheduler_last_round_timestamp_seconds",
            help: "When this process's scheduler last finished a round without error (seconds since 1970).")
    }

    /// Counts one answered request. `route` is the route's pattern ("/articles/:slug"), never
    /// the path, so the number of series stays that of the routes.
    func observe(method: HTTPMethod, route: String, status: UInt, duration: Duration, cache: String?) {
        let key = RequestKey(method: method.rawValue, route: route, statusClass: "\(min(max(status / 100, 1), 5))xx")
        let found = instruments.withLockedValue { instruments -> RequestInstruments in
            if let known = instruments[key] { return known }
            let made = RequestInstruments(
                count: registry.counter(
                    "hallyu_http_requests_total",
                    labels: [("method", key.method), ("route", key.route), ("status", key.statusClass)],
                    help: "Requests answered, by route pattern, method and status class."),
                duration: registry.durationHistogram(
                    "hallyu_http_request_duration_seconds", labels: [("method", key.method), ("route", key.route)],
                    buckets: Self.durationBuckets, help: "Time from a request's arrival to its answer, by route pattern and method."))
            instruments[key] = made
            return made
        }
        found.count.increment()
        found.duration.record(duration)
        if let cache { cacheAnswer(cache) }
    }

    /// Counts a page-cache result as the `X-Cache` header gives it (HIT, MISS, STALE, BYPASS).
    private func cacheAnswer(_ result: String) {
        let label = result.lowercased()
        guard ["hit", "miss", "stale", "bypass"].contains(label) else { return }
        let counter = cacheAnswers.withLockedValue { counters -> Counter in
            if let known = counters[label] { return known }
            let made = registry.counter(
                "hallyu_page_cache_requests_total", labels: [("result", label)],
                help: "Cacheable requests by result: hit (answered from memory), miss (built and kept), "
                    + "stale (an older copy answered when a build failed), bypass (built for one reader, not kept).")
            counters[label] = made
            return made
        }
        counter.increment()
    }
}

struct SiteMetricsKey: StorageKey {
    typealias Value = SiteMetrics
}

extension Application {
    /// This application's metrics (made by `configure`).
    var metrics: SiteMetrics {
        guard let metrics = storage[SiteMetricsKey.self] else { fatalError("configure(_:config:) has not run") }
        return metrics
    }
}
