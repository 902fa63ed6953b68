import Foundation
import HallyuCore
import NIOCore
import NIOPosix
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// The front `serve` runs while the page cache is on: it answers cached pages itself and hands
/// everything else to Vapor over a private socket. Over real sockets: a cached page is the same
/// answer from either; answers keep their requests' order; writes are seen; bodies go both
/// ways; a client cannot claim another address; bad input gets a 4xx; stopping closes cleanly.
@Suite("The front before Vapor's server")
struct FrontServerTests {
    static let pages = ["/", "/people/song-kang", "/feed.xml", "/articles/\(demoStory)"]

    @Test func aCachedPageIsTheSameAnswerFromTheFrontAsFromVapor() async throws {
        try await withFront { app, port, backend in
            for path in Self.pages {
                let first = try await Self.send(port, "GET", path)
                #expect(first.status == 200 && first.header("X-Cache") == "MISS", "\(path) is built first on \(backend)")
                let etag = try #require(first.header("ETag"))
                for (method, extra) in [
                    ("GET", []), ("GET", ["Accept-Encoding: gzip"]), ("HEAD", []),
                    ("GET", ["If-None-Match: \(etag)"]), ("GET", ["If-None-Match: \"junk\", W/\(etag)"]),
                ] {
                    let front = try await Self.send(port, method, path, extra)
                    // A cookie no page reads sends the request on to Vapor, whose middleware
                    // answers from the same cache.
                    let vapor = try await Self.send(port, method, path, extra + ["Cookie: unrelated=1"])
                    let label = "\(method) \(path) \(extra) on \(backend)"
                    #expect(front.header("X-Cache") == "HIT" && vapor.header("X-Cache") == "HIT", "\(label)")
                    #expect(front.status == vapor.status, "\(label)")
                    #expect(front.body == vapor.body, "\(label)")
                    #expect(Self.comparable(front.headers) == Self.comparable(vapor.headers), "\(label)")
                }
                let gzip = try await Self.send(port, "GET", path, ["Accept-Encoding: gzip"])
                #expect(gzip.header("Content-Encoding") == "gzip" && gzip.body.prefix(2) == [0x1F, 0x8B], "\(path) on \(backend)")
                #expect(try await Self.send(port, "GET", path, ["If-None-Match: \(etag)"]).status == 304, "\(path) on \(backend)")
                let head = try await Self.send(port, "HEAD", path)
                #expect(head.body.isEmpty && head.header("Content-Length") == first.header("Content-Length"), "\(path) on \(backend)")
                #expect(head.header("X-Content-Type-Options") == "nosniff", "\(path) on \(backend)")
            }
        }
    }

    /// The front names what it answers and what it hands on by the same rule as Vapor, and
    /// counts its hits under the route that built the page.
    @Test func theFrontGivesRequestIdentifiersAndCountsItsHits() async throws {
        try await withFront(adjust: {
            $0.trustedProxies = ["127.0.0.1"]
            $0.metricsToken = MetricsTests.token
        }) { app, port, backend in
            let path = "/people/song-kang"
            let built = try await Self.send(port, "GET", path, ["X-Request-Id: lb-0001"])
            #expect(built.header("X-Cache") == "MISS" && built.header("X-Request-Id") == "lb-0001", "handed on, \(backend)")
            let hit = try await Self.send(port, "GET", path, ["X-Request-Id: lb-0002"])
            #expect(hit.header("X-Cache") == "HIT" && hit.header("X-Request-Id") == "lb-0002", "a hit, \(backend)")
            for offered in [String(repeating: "x", count: 10_000), "has spaces", "{\"forged\":1}"] {
                for extra in [[String](), ["Cookie: unrelated=1"]] {
                    let answer = try await Self.send(port, "GET", path, ["X-Request-Id: \(offered)"] + extra)
                    let given = try #require(answer.header("X-Request-Id"), "\(extra) on \(backend)")
                    #expect(given != offered && RequestID.isWellFormed(given), "\(offered.prefix(12)) \(extra) on \(backend)")
                }
            }
            let fresh = try await Self.send(port, "GET", path)
            #expect(fresh.header("X-Request-Id").map(RequestID.isWellFormed) == true)
            let scrape = try await Self.send(port, "GET", "/metrics", ["Authorization: Bearer \(MetricsTests.token)"])
            let metrics = MetricsTests.Exposition(text: scrape.text)
            // The page built once, then eight hits: five answered by the front, three by Vapor's copy.
            #expect(metrics.value(#"hallyu_http_requests_total{method="GET",route="/people/:slug",status="2xx"}"#) == 9, "\(backend)")
            #expect(metrics.value(#"hallyu_page_cache_requests_total{result="hit"}"#) == 8, "\(backend)")
        }
    }

    @Test func pipelinedAnswersKeepTheirRequestsOrder() async throws {
        try await withFront { app, port, backend in
            for path in Self.pages { _ = try await Self.send(port, "GET", path) }
            let requests = [
                "GET / HTTP/1.1\r\nHost: news.test\r\n\r\n",
                "GET /people/song-kang HTTP/1.1\r\nHost: news.test\r\nCookie: unrelated=1\r\n\r\n",
                "GET /feed.xml HTTP/1.1\r\nHost: news.test\r\n\r\n",
                "GET /no-such-page HTTP/1.1\r\nHost: news.test\r\n\r\n",
                "HEAD /people/song-kang HTTP/1.1\r\nHost: news.test\r\n\r\n",
                "GET /articles/\(demoStory) HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n",
            ]
            let responses = try await RawHTTP.exchange(port: port, requests.joined(), methods: requests.map { String($0.prefix { $0 != " " }) })
            let kinds = responses.map { "\($0.status) \($0.header("Content-Type")?.split(separator: ";").first ?? "")" }
            #expect(
                kinds == [
                    "200 text/html", "200 text/html", "200 application/rss+xml", "404 text/html", "200 text/html",
                    "200 text/html",
                ], "\(kinds) on \(backend)")
            #expect(responses.map { $0.header("X-Cache") ?? "" } == ["HIT", "HIT", "HIT", "", "HIT", "HIT"], "\(backend)")
            #expect(responses[1].text.contains("Song Kang") && responses[4].body.isEmpty, "\(backend)")
            #expect(responses[5].text.contains("Sweet Home"), "\(backend)")
        }
    }

    @Test func aWriteThroughTheFrontIsSeenByTheNextReader() async throws {
        try await withFront { app, port, backend in
            let token = try await apiToken(app, role: .editor, email: "front@news.test")
            let before = try await Self.send(port, "GET", "/people/song-kang")
            #expect(!before.text.contains("Seen after the write"), "\(backend)")
            #expect(try await Self.send(port, "GET", "/people/song-kang").header("X-Cache") == "HIT", "\(backend)")
            let json = #"{"bio": "Seen after the write."}"#
            let patched = try await RawHTTP.exchange(
                port: port,
                """
                PATCH /api/v1/people/song-kang HTTP/1.1\r\nHost: news.test\r\nAuthorization: Bearer \(token)\r
                Content-Type: application/json\r\nContent-Length: \(json.utf8.count)\r\nConnection: close\r\n\r\n\(json)
                """)
            #expect(patched.first?.status == 200, "\(patched.first?.text ?? "") on \(backend)")
            let after = try await Self.send(port, "GET", "/people/song-kang")
            #expect(after.text.contains("Seen after the write."), "\(backend)")
            #expect(after.header("X-Cache") == "MISS", "\(backend)")
        }
    }

    @Test func bodiesGoBothWaysAndTooLargeOnesAreRefused() async throws {
        try await withFront { app, port, backend in
            let home = try await Self.send(port, "GET", "/")
            let media = try #require(home.text.firstMatch(of: /src="(\/media\/[^"?]+)/)?.output.1, "\(backend)")
            let file = try await Self.send(port, "GET", String(media))
            let onDisk = try Data(
                contentsOf: URL(fileURLWithPath: app.config.mediaDirectory)
                    .appendingPathComponent(String(media.dropFirst("/media/".count))))
            #expect(file.status == 200 && file.body == Array(onDisk), "\(media) on \(backend)")
            let big = String(repeating: "a", count: 300_000)
            let refused = try await RawHTTP.exchange(
                port: port,
                """
                POST /articles/\(demoStory)/comments HTTP/1.1\r\nHost: news.test\r
                Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(big.utf8.count + 5)\r\nConnection: close\r\n\r\nbody=\(big)
                """)
            #expect(refused.first?.status == 413, "\(refused.first?.status ?? 0) on \(backend)")
        }
    }

    @Test func aClientCannotClaimAnotherAddress() async throws {
        try await withFront(before: { app in app.get("peer-for-test") { $0.peerAddress } }) { app, port, backend in
            let spoofed = try await Self.send(port, "GET", "/peer-for-test", ["\(FrontServer.peerHeader): anything 203.0.113.9"])
            #expect(spoofed.text == "127.0.0.1", "\(spoofed.text) on \(backend)")
        }
    }

    @Test func anAnswerBeforeTheBodyEndsLeavesTheConnectionUsable() async throws {
        try await withFront { app, port, backend in
            // Vapor refuses a body over the comment form's limit before it has all arrived.
            let big = String(repeating: "a", count: 300_000)
            let requests = [
                "POST /articles/\(demoStory)/comments HTTP/1.1\r\nHost: news.test\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(big.utf8.count + 5)\r\n\r\nbody=\(big)",
                "GET /people/song-kang HTTP/1.1\r\nHost: news.test\r\nCookie: unrelated=1\r\nConnection: close\r\n\r\n",
            ]
            let answers = try await RawHTTP.exchange(port: port, requests.joined(), methods: ["POST", "GET"])
            #expect(answers.map(\.status) == [413, 200], "\(backend)")
            #expect(answers.last?.text.contains("Song Kang") == true, "\(backend)")
        }
    }

    @Test func aClientsFramingCannotSmuggleARequestPastTheFront() async throws {
        try await withFront(before: { app in app.get("peer-for-test") { $0.peerAddress } }) { app, port, backend in
            let hidden = "0\r\n\r\nGET /peer-for-test HTTP/1.1\r\nHost: news.test\r\n\r\n"
            let request =
                "GET /peer-for-test HTTP/1.1\r\nHost: news.test\r\nTransfer-Encoding: Chunked\r\n\r\n"
                + String(hidden.utf8.count, radix: 16) + "\r\n" + hidden + "\r\n0\r\n\r\n"
                + "GET /peer-for-test HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n"
            let answers = try await RawHTTP.exchange(port: port, request, methods: ["GET", "GET"])
            #expect(answers.map(\.text) == ["127.0.0.1", "127.0.0.1"], "\(answers.map(\.text)) on \(backend)")
        }
    }

    @Test func anHTTP10ClientIsAnsweredAndTheConnectionClosed() async throws {
        try await withFront { app, port, backend in
            for path in ["/", "/people/song-kang"] { _ = try await Self.send(port, "GET", path) }
            for (request, cache) in [
                ("GET / HTTP/1.0\r\nHost: news.test\r\n\r\n", "HIT"),
                ("GET /people/song-kang HTTP/1.0\r\nHost: news.test\r\nCookie: unrelated=1\r\n\r\n", "HIT"),
                ("GET /no-such-page HTTP/1.0\r\n\r\n", nil),
            ] {
                let answers = try await RawHTTP.exchange(port: port, request)
                #expect(answers.count == 1 && answers.first?.header("Connection") == "close", "\(request.prefix(30)) on \(backend)")
                #expect(answers.first?.header("X-Cache") == cache, "\(request.prefix(30)) on \(backend)")
            }
        }
    }

    @Test func badInputGetsAClientError() async throws {
        try await withFront { app, port, backend in
            for request in [
                "GET /%00 HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n",
                "GET /../../etc/passwd HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n",
                "NONSENSE\r\n\r\n",
            ] {
                let answer = try await RawHTTP.exchange(port: port, request)
                let status = answer.first?.status ?? 0
                #expect(status >= 400 && status < 500, "\(request.prefix(20)) → \(status) on \(backend)")
            }
            _ = try await Self.send(port, "GET", "/")
            let tags = (0..<1_000).map { "\"tag\($0)\"" }.joined(separator: ", ")
            let many = try await Self.send(
                port, "GET", "/", ["If-None-Match: \(tags)", "Accept-Encoding: " + String(repeating: "x, ", count: 2_000)])
            #expect(many.status == 200 && many.header("X-Cache") == "HIT", "\(backend)")
        }
    }

    @Test func stoppingClosesAnIdleConnectionAndFinishes() async throws {
        try await withFront { app, port, backend in
            _ = try await Self.send(port, "GET", "/")
            let server = try #require(app.storage[FrontServerKey.self] as? FrontServer)
            // A reader keeps the connection open after its answer; stopping closes it.
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connect(host: "127.0.0.1", port: port) { channel in
                    channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
                }
            try await channel.executeThenClose { inbound, outbound in
                try await outbound.write(ByteBuffer(string: "GET / HTTP/1.1\r\nHost: news.test\r\n\r\n"))
                var received: [UInt8] = []
                var answers = inbound.makeAsyncIterator()
                while (try? RawHTTP.parse(received, methods: ["GET"]))?.count != 1, let chunk = try await answers.next() {
                    received += chunk.readableBytesView
                }
                let answer = try #require(try RawHTTP.parse(received, methods: ["GET"]).first)
                #expect(answer.status == 200 && answer.header("Connection") == "keep-alive", "\(backend)")
                let start = ContinuousClock.now
                await server.shutdown()
                #expect(ContinuousClock.now - start < .seconds(5), "\(backend)")
                #expect(try await answers.next() == nil, "the idle connection is closed on \(backend)")
            }
        }
    }

    /// A client that stops sending mid-upload (a phone that lost its signal) gets nothing kept
    /// and counts as its own fault, a 4xx, not the server's.
    @Test func anUploadCutOffOnTheWayIsTheClientsFault() async throws {
        try await withFront(adjust: { $0.metricsToken = MetricsTests.token }) { app, port, backend in
            let token = try await apiToken(app, role: .editor, email: "cut-off@news.test")
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connect(host: "127.0.0.1", port: port) { channel in
                    channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
                }
            try await channel.executeThenClose { _, outbound in
                let head =
                    "POST /api/v1/media HTTP/1.1\r\nHost: news.test\r\nAuthorization: Bearer \(token)\r\n"
                    + "Content-Type: multipart/form-data; boundary=cut\r\nContent-Length: 200000\r\n\r\n"
                    + "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n"
                try await outbound.write(ByteBuffer(string: head + String(repeating: "x", count: 50_000)))
            }
            let route = #"hallyu_http_requests_total{method="POST",route="/api/v1/media",status="#
            var metrics = MetricsTests.Exposition(text: "")
            for _ in 0..<100 {
                let scrape = try await Self.send(port, "GET", "/metrics", ["Authorization: Bearer \(MetricsTests.token)"])
                metrics = MetricsTests.Exposition(text: scrape.text)
                if metrics.value(route + #""4xx"}"#) != nil || metrics.value(route + #""5xx"}"#) != nil { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(metrics.value(route + #""4xx"}"#) == 1, "\(backend)")
            #expect(metrics.value(route + #""5xx"}"#) == nil, "not the server's fault (\(backend))")
            let kept = (try? FileManager.default.contentsOfDirectory(atPath: app.config.mediaDirectory)) ?? []
            #expect(!kept.contains { !$0.hasPrefix("demo-") }, "nothing of it kept: \(kept.filter { !$0.hasPrefix("demo-") })")
        }
    }

    // MARK: Helpers

    /// A demo site served by the front on a free port.
    private func withFront(
        before: (Application) -> Void = { _ in }, adjust: (inout Config) -> Void = { _ in },
        _ body: (Application, Int, String) async throws -> Void
    ) async throws {
        try await withApp(demo: true, adjust: adjust) { app, backend in
            before(app)
            let server = try FrontServer(application: app)
            app.storage[FrontServerKey.self] = server
            try await server.start(address: .hostname("127.0.0.1", port: 0))
            do {
                try await body(app, try #require(server.localAddress?.port), backend)
            } catch {
                await server.shutdown()
                throw error
            }
            await server.shutdown()
        }
    }

    private static func send(_ port: Int, _ method: String, _ path: String, _ headers: [String] = []) async throws -> RawHTTP.Response {
        let request = "\(method) \(path) HTTP/1.1\r\nHost: news.test\r\n" + headers.map { $0 + "\r\n" }.joined() + "Connection: close\r\n\r\n"
        let responses = try await RawHTTP.exchange(port: port, request)
        return try #require(responses.first, "\(method) \(path) had no answer")
    }

    /// Headers as a set, less those of one exchange.
    private static func comparable(_ headers: [(name: String, value: String)]) -> Set<String> {
        Set(
            headers.filter { !["date", "connection", "x-cache", "x-request-id"].contains($0.name.lowercased()) }
                .map { $0.name.lowercased() + ": " + $0.value })
    }
}
