import ConsoleKit
import Foundation
import HallyuStore
import HallyuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Two applications on one database, as two processes are: instances behind a load balancer,
/// or a command run beside the server. On an SQLite file, and on a PostgreSQL schema when
/// `TEST_DATABASE_URL` is set. Each listens to the shared change log, as `serve` does.
private func withTwoApps(_ body: (Application, Application, String) async throws -> Void) async throws {
    try await TestDatabases.each { backend, location in
        let media = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-media-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: media) }
        let config = Config(
            database: location, publicURL: URL(string: "http://news.test")!, mediaDirectory: media,
            timeZone: TimeZone(identifier: "Asia/Seoul")!, logLevel: .warning)
        let first = try await Application.make(.testing)
        let second = try await Application.make(.testing)
        let listeners = [ChangeLogListener(interval: .milliseconds(100)), ChangeLogListener(interval: .milliseconds(100))]
        var failure: (any Error)?
        do {
            try await configure(first, config: config)
            try await configure(second, config: config)
            try await first.migrateOrExplain()
            _ = try await DemoLoader(database: first.db, mediaDirectory: config.mediaDirectory).load()
            for (app, listener) in zip([first, second], listeners) {
                await listener.poll(app)
                listener.start(app)
            }
            try await body(first, second, backend)
        } catch {
            failure = error
        }
        for (app, listener) in zip([first, second], listeners) { await listener.shutdownAsync(app) }
        try await second.asyncShutdown()
        try await first.asyncShutdown()
        if let failure { throw failure }
    }
}

@Suite("The page cache across processes")
struct PageCacheAcrossProcessesTests {
    @Test func aWriteThroughOneInstanceIsOnTheOtherOnceAcknowledged() async throws {
        try await withTwoApps { first, second, backend in
            let path = "/couples/han-so-hee-and-song-kang"
            _ = try await get(second, path)
            #expect(try await get(second, path).headers.first(name: "X-Cache") == "HIT", "\(backend)")
            let token = try await apiToken(first, role: .editor, email: "two@news.test")
            let note = "Seen on both instances \(UUID().uuidString.prefix(8))"
            #expect(try await api(first, .PATCH, "/api/v1/couples/han-so-hee-and-song-kang", token: token, ["note": note]).status == .ok)
            #expect(
                try await get(second, path).text.contains(note),
                "the other instance drops its copy before the write is answered, on \(backend)")
        }
    }

    @Test func anImportBesideTheServerIsSeenWithinASecond() async throws {
        try await withTwoApps { server, command, backend in
            let path = "/search?q=moonlight"
            #expect(!(try await get(server, path).text.contains("/organizations/moonlight")), "\(backend)")
            #expect(try await get(server, path).headers.first(name: "X-Cache") == "HIT")
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("kpopnet-\(UUID().uuidString).json")
            try Data(
                """
                {"groups": [{"id": "g-moon", "name": "Moonlight", "name_original": "문라이트", "name_alias": null,
                  "agency_name": "Moon Music", "debut_date": "2019-05-01", "disband_date": null, "parent_id": null,
                  "members": [{"idol_id": "i-moon", "current": true, "roles": null}]}],
                 "idols": [{"id": "i-moon", "name": "Dahye", "name_original": "다혜", "real_name": "Han Dahye",
                  "real_name_original": "한다혜", "name_alias": null, "birth_date": "2001-02-03", "debut_date": null,
                  "groups": ["g-moon"]}]}
                """.utf8
            ).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["hallyu", "kpopnet", file.path]))
            context.application = command
            try await ImportCommand().run(using: &context)
            #expect(
                try await get(server, path).text.contains("/organizations/moonlight"),
                "the import ends once the server has dropped its copies, on \(backend)")
        }
    }
}
