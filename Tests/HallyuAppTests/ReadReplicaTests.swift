import Foundation
import HallyuStore
import HallyuTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Read replicas need PostgreSQL (`TEST_DATABASE_URL`). The stand-in replica here is a schema of
/// its own holding the demo newsroom with one headline changed, so a page shows which database
/// it was read from; a real streaming replica is exercised by `.ci/multi-instance`.
@Suite("Read replicas")
struct ReadReplicaTests {
    private static let replicaHeadline = "Read from the replica"

    private func withPostgres(_ body: () async throws -> Void) async throws {
        guard TestDatabases.postgresURL != nil else {
            print("TEST_DATABASE_URL is not set: the read-replica tests need PostgreSQL and were not run")
            return
        }
        try await body()
    }

    @Test func readerPagesReadFromTheReplicaAndSignedInPagesFromThePrimary() async throws {
        try await withPostgres {
            try await TestDatabases.with(backend: "postgres") { replica in
                try await withApp(on: replica, demo: true) { app in
                    try await (app.db as! any SQLDatabase).update("articles").set("title", to: Self.replicaHeadline)
                        .where("slug", .equal, demoStory).run()
                }
                try await TestDatabases.with(backend: "postgres") { primary in
                    // No page cache, so each read asks again. The server's monitor, which asks
                    // the replicas where they stand each second, is not running here: the test
                    // asks in its place before each read, so a replica that missed its answer is
                    // asked again. On two cores busy with the whole suite a question may take
                    // seconds, so the test gives a minute, not the second a server gives.
                    try await withApp(
                        on: primary, demo: true,
                        adjust: {
                            $0.readReplicas = [replica]
                            $0.replicaPatience = .seconds(60)
                            $0.pageCacheBytes = 0
                        }
                    ) { app in
                        func eventually(_ path: String) async throws -> TestingHTTPResponse {
                            let deadline = ContinuousClock.now + .seconds(300)
                            while true {
                                await app.readReplicas.monitor(app)
                                let response = try await get(app, path)
                                if response.text.contains(Self.replicaHeadline) || ContinuousClock.now > deadline { return response }
                                try await Task.sleep(for: .milliseconds(200))
                            }
                        }
                        let page = try await eventually("/articles/\(demoStory)")
                        #expect(page.status == .ok)
                        #expect(page.text.contains(Self.replicaHeadline), "a reader's page reads from the replica")
                        let api = try await eventually("/api/v1/articles/\(demoStory)")
                        #expect(api.text.contains(Self.replicaHeadline), "so does the public API")
                        let editor = try await signedIn(app, as: .editor)
                        let own = try await editor.get("/articles/\(demoStory)")
                        #expect(own.status == .ok)
                        #expect(!own.text.contains(Self.replicaHeadline), "a signed-in page reads from the primary")
                        var health = try await get(app, "/healthz")
                        let deadline = ContinuousClock.now + .seconds(90)
                        while health.text.contains("failing"), ContinuousClock.now < deadline {
                            try await Task.sleep(for: .milliseconds(200))
                            health = try await get(app, "/healthz")
                        }
                        #expect(health.status == .ok)
                        #expect(health.text == "ok\nprimary: ok\nreplica 1: ok\n", "a server not in recovery is as current as can be")
                    }
                }
            }
        }
    }

    @Test func aReplicaThatCannotBeReachedLeavesReadsOnThePrimary() async throws {
        try await withPostgres {
            let unreachable = DatabaseLocation.postgres(url: "postgres://nobody:nothing@127.0.0.1:9/none?sslmode=disable")
            try await TestDatabases.with(backend: "postgres") { primary in
                try await withApp(on: primary, demo: true, adjust: { $0.readReplicas = [unreachable] }) { app in
                    for path in ["/articles/\(demoStory)", "/", "/people/song-kang", "/api/v1/articles"] {
                        #expect(try await get(app, path).status == .ok, "\(path) is read from the primary")
                    }
                    let health = try await get(app, "/healthz")
                    #expect(health.status == .ok, "the site still answers")
                    #expect(health.text.hasPrefix("ok\nprimary: ok\nreplica 1: failing"))
                }
            }
        }
    }
}
