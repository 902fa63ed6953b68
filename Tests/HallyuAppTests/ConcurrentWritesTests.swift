import FluentKit
import Foundation
import HallyuStore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Writes that read first, arriving together: each waits its turn and none fails. Two saves of
/// one article at the same moment once answered 500: on SQLite "database is locked" (a
/// transaction that has read cannot wait for another's write lock), on PostgreSQL a duplicate
/// key as both replaced the article's recorded mentions.
@Suite("Writes at the same moment")
struct ConcurrentWritesTests {
    @Test func editorsSavingOneArticleTogetherAreAllSaved() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "together@news.test")
            let saves = 8
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for number in 0..<saves {
                    group.addTask {
                        try await api(app, .PATCH, "/api/v1/articles/\(demoStory)", token: token, ["dek": "Saved together, \(number)."])
                            .status.code
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // Each save is made from the revision it read: the first to write wins, the others
            // are told someone saved first (409), never a server error.
            let saved = statuses.filter { $0 == 200 }.count
            #expect(saved >= 1 && statuses.allSatisfy { $0 == 200 || $0 == 409 }, "\(statuses.sorted()) on \(backend)")
            let sql = try #require(app.db as? any SQLDatabase)
            let row = try #require(
                try await sql.raw(
                    """
                    SELECT count(*) AS saved FROM article_revisions r JOIN articles a ON a.id = r.article_id
                    WHERE a.slug = \(bind: demoStory) AND r.dek LIKE 'Saved together, %'
                    """
                ).first())
            #expect(try row.decode(column: "saved", as: Int.self) == saved, "every accepted save is a revision on \(backend)")
        }
    }

    @Test func correctionsOfOnePersonTogetherAreAllMade() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "corrections@news.test")
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for number in 0..<8 {
                    group.addTask {
                        try await api(
                            app, .PATCH, "/api/v1/people/song-kang", token: token,
                            ["bio": "Corrected together, \(number).", "aliases": ["Song Kang \(number)", "Kang Song \(number)"]]
                        ).status.code
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses.sorted()) on \(backend)")
        }
    }

    /// The store's rule under the pages: transactions that read, then write, on every
    /// connection at once. Each commits, none is lost.
    @Test func transactionsThatReadBeforeWritingAllCommit() async throws {
        try await withApp { app, backend in
            let loops = Array(app.eventLoopGroup.makeIterator())
            let writers = 16
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 0..<writers {
                    let database = try #require(app.databases.database(logger: app.logger, on: loops[number % loops.count]))
                    group.addTask {
                        try await database.writeTransaction { database in
                            let sql = database as! any SQLDatabase
                            _ = try await sql.raw("SELECT count(*) AS n FROM settings").all()
                            try await Task.sleep(for: .milliseconds(2))
                            try await sql.raw("INSERT INTO settings (key, value) VALUES (\(bind: "together-\(number)"), 'x')").run()
                        }
                    }
                }
                try await group.waitForAll()
            }
            let sql = try #require(app.db as? any SQLDatabase)
            let row = try #require(try await sql.raw("SELECT count(*) AS n FROM settings WHERE key LIKE 'together-%'").first())
            #expect(try row.decode(column: "n", as: Int.self) == writers, "\(backend)")
        }
    }
}
