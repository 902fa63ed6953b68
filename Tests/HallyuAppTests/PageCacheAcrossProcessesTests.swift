import ConsoleKit
import Foundation
import HallyuStore
import HallyuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

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
