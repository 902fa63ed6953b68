import FluentKit
import Foundation
import HallyuStore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// `/metrics`: only for the holder of `HALLYU_METRICS_TOKEN`; requests counted by route pattern,
/// never by path; the page cache, the database pools, the scheduler, the moderation queue, the
/// name index and the process, on either database.
@Suite("Metrics")
struct MetricsTests {
    static let token = "scrape-token-0123456789"

    @Test func withoutAConfiguredTokenThereAreNoMetrics() async throws {
        try await withApp { app, backend in
            let response = try await get(app, "/metrics", headers: ["Authorization": "Bearer anything-at-all-here"])
            #expect(response.status == .notFound, "\(backend)")
        }
    }

    @Test func aScrapeWithoutTheRightTokenIsRefused() async throws {
        try await withApp(adjust: { $0.metricsToken = Self.token }) { app, backend in
            for headers: HTTPHeaders in [
                [:], ["Authorization": "Bearer wrong-token-0123456789"], ["Authorization": "Basic \(Self.token)"],
                ["Authorization": "Bearer \(Self.token)x"], ["Authorization": "Bearer " + String(repeating: "a", count: 10_000)],
            ] {
                let response = try await get(app, "/metrics", headers: headers)
                #expect(response.status == .unauthorized, "\(headers) on \(backend)")
                #expect(response.headers.first(name: .wwwAuthenticate) == "Bearer realm=\"metrics\"")
                #expect(!response.text.contains("hallyu_"), "nothing of the metrics is shown")
            }
        }
    }

    @Test func requestsAreCountedByRoutePatternWithTheCacheAndTheRest() async throws {
        try await withApp(demo: true, adjust: { $0.metricsToken = Self.token }) { app, backend in
            for _ in 0..<3 { #expect(try await get(app, "/articles/\(demoStory)").status == .ok) }
            #expect(try await get(app, "/people/song-kang").status == .ok)
            #expect(try await get(app, "/articles/no-such-story").status == .notFound)
            #expect(try await get(app, "/no/such/address").status == .notFound)
            _ = try await app.mentionIndexCache.index(on: app.db)

            let metrics = try await Self.scrape(app)
            #expect(metrics.value(#"hallyu_http_requests_total{method="GET",route="/articles/:slug",status="2xx"}"#) == 3, "\(backend)")
            #expect(metrics.value(#"hallyu_http_requests_total{method="GET",route="/articles/:slug",status="4xx"}"#) == 1)
            #expect(metrics.value(#"hallyu_http_requests_total{method="GET",route="unmatched",status="4xx"}"#) == 1)
            #expect(metrics.value(#"hallyu_http_request_duration_seconds_count{method="GET",route="/people/:slug"}"#) == 1)
            #expect(!metrics.text.contains(demoStory) && !metrics.text.contains("song-kang"), "no path is a label")
            #expect(metrics.value(#"hallyu_page_cache_requests_total{result="miss"}"#) == 2)
            #expect(metrics.value(#"hallyu_page_cache_requests_total{result="hit"}"#) == 2)
            #expect(metrics.value("hallyu_page_cache_entries") == 2)
            #expect((metrics.value("hallyu_page_cache_bytes") ?? 0) > 1000)
            #expect(metrics.value("hallyu_page_cache_evictions_total") == 0)
            // The pools: read from the driver's own, on either database.
            #expect(metrics.value(#"hallyu_db_pool_connections{database="primary",state="in_use"}"#) != nil, "\(backend)")
            #expect((metrics.value(#"hallyu_db_pool_connections_max{database="primary"}"#) ?? 0) >= 1, "\(backend)")
            #expect(metrics.value(#"hallyu_db_pool_waiting{database="primary"}"#) == 0, "\(backend)")
            if backend == "sqlite" {
                #expect((metrics.value("hallyu_sqlite_reader_memory_bytes") ?? 0) > 10_000, "the readers' memory, on SQLite only")
            } else {
                #expect(metrics.value("hallyu_sqlite_reader_memory_bytes") == nil)
            }
            #expect(metrics.value("hallyu_comments_held") == Double(try await app.comments.heldCount()))
            #expect(metrics.value("hallyu_scheduler_due_articles") == 0)
            #expect(metrics.value("hallyu_scheduler_lag_seconds") == 0)
            #expect((metrics.value("hallyu_name_index_entities") ?? 0) > 100)
            #expect((metrics.value("hallyu_name_index_keys") ?? 0) > (metrics.value("hallyu_name_index_entities") ?? 0))
            #expect(metrics.value("hallyu_name_index_build_seconds") != nil)
            #expect((metrics.value("process_resident_memory_bytes") ?? 0) > 1_000_000)
            #expect((metrics.value("process_open_fds") ?? 0) > 2)
            #expect((metrics.value("process_start_time_seconds") ?? 0) > Date().timeIntervalSince1970 - 86_400)
            #expect(metrics.text.contains("# HELP hallyu_http_requests_total "), "every metric says what it is")
            #expect(metrics.text.contains("# TYPE hallyu_http_request_duration_seconds histogram"))
        }
    }

    @Test func aDueArticleShowsAsTheSchedulersBacklogUntilItIsPublished() async throws {
        try await withApp(demo: true, adjust: { $0.metricsToken = Self.token }) { app, backend in
            let slug = demoStory
            let sql = try #require(app.db as? any SQLDatabase)
            let due = Date().addingTimeInterval(-90)
            try await sql.raw(
                "UPDATE articles SET status = \(bind: "scheduled"), scheduled_at = \(bind: due) WHERE slug = \(bind: slug)"
            ).run()
            var metrics = try await Self.scrape(app)
            #expect(metrics.value("hallyu_scheduler_due_articles") == 1, "\(backend)")
            #expect((metrics.value("hallyu_scheduler_lag_seconds") ?? 0) >= 89, "\(backend)")
            #expect(try await ScheduledPublisher.publishDue(app, now: Date()) == 1)
            metrics = try await Self.scrape(app)
            #expect(metrics.value("hallyu_scheduler_due_articles") == 0, "\(backend)")
            #expect(metrics.value("hallyu_scheduler_lag_seconds") == 0, "\(backend)")
        }
    }

    /// Every answer names its request, and an identifier only a trusted proxy may choose.
    @Test func everyAnswerCarriesARequestIdentifier() async throws {
        try await withApp(demo: true, adjust: { $0.trustedProxies = ["10.0.0.0/8"] }) { app, backend in
            let first = try await get(app, "/")
            let second = try await get(app, "/people/song-kang")
            let ids = [first, second].compactMap { $0.headers.first(name: RequestID.header) }
            #expect(ids.count == 2 && ids[0] != ids[1] && ids.allSatisfy(RequestID.isWellFormed), "\(ids) on \(backend)")
            let notFound = try await get(app, "/no/such/address", headers: [RequestID.header: "forged-by-a-client"])
            let given = try #require(notFound.headers.first(name: RequestID.header))
            #expect(given != "forged-by-a-client", "a client that is no trusted proxy does not choose its identifier")
        }
    }

    static func scrape(_ app: Application) async throws -> Exposition {
        let response = try await get(app, "/metrics", headers: ["Authorization": "Bearer \(token)"])
        #expect(response.status == .ok)
        #expect(response.headers.first(name: .contentType) == MetricsController.contentType)
        return Exposition(text: response.text)
    }

    /// Prometheus's text format, read back: a sample's value by its name and labels.
    struct Exposition {
        let text: String

        func value(_ series: String) -> Double? {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let space = line.lastIndex(of: " "), line[..<space] == series[...] else { continue }
                return Double(line[line.index(after: space)...])
            }
            return nil
        }
    }
}

@Suite("Request identifiers")
struct RequestIDTests {
    @Test func onlyWellFormedIdentifiersFromTrustedProxiesAreKept() {
        let proxies = ["10.0.0.0/8", "127.0.0.1"]
        #expect(
            RequestID.decide(offered: "f81d4fae-7dec-11d0-a765-00a0c91e6bf6", peer: "10.1.2.3", trustedProxies: proxies)
                == "f81d4fae-7dec-11d0-a765-00a0c91e6bf6")
        #expect(
            RequestID.decide(offered: "Root=1-67891233-abcdef012345678912345678", peer: "127.0.0.1", trustedProxies: proxies)
                == "Root=1-67891233-abcdef012345678912345678")
        for (offered, peer) in [
            ("f81d4fae", "192.0.2.7"),  // not a proxy
            (String(repeating: "a", count: 10_000), "10.1.2.3"),  // 10 KB
            ("two words", "10.1.2.3"), ("line\nbreak", "10.1.2.3"), ("{\"json\":1}", "10.1.2.3"), ("", "10.1.2.3"),
            ("한국어", "10.1.2.3"),
        ] {
            let decided = RequestID.decide(offered: offered, peer: peer, trustedProxies: proxies)
            #expect(decided != offered && RequestID.isWellFormed(decided), "\(offered.prefix(20)) from \(peer)")
        }
        #expect(RequestID.decide(offered: "f81d4fae", peer: "10.1.2.3", trustedProxies: []) != "f81d4fae")
        #expect(RequestID.isWellFormed(String(repeating: "a", count: RequestID.maximumLength)))
        #expect(!RequestID.isWellFormed(String(repeating: "a", count: RequestID.maximumLength + 1)))
        let made = (0..<1000).map { _ in RequestID.make() }
        #expect(Set(made).count == 1000)
    }
}
