import Fluent
import Foundation
import HallyuCore
import NIOPosix
import SQLKit
import Testing

@testable import HallyuStore

/// The public pages' SQLite reader: the same answers as Fluent's connections, never older than
/// a committed write, and unable to write.
@Suite final class SQLiteReaderTests {
    private let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("hallyu-reader-\(UUID().uuidString).sqlite")

    deinit {
        SQLiteReader.removeFiles(of: path)
    }

    private func withReader(_ body: (any Database, SQLiteReader, any SQLDatabase) async throws -> Void) async throws {
        // As a server keeps its file (SQLiteTuning), and as an in-memory site's file is made.
        try SQLiteReader.useWriteAheadLog(path: path)
        try await TestDatabase.run(sqliteFile: path) { db in
            let reader = SQLiteReader(path: self.path, cacheKibibytes: 1_024)
            defer { reader.close() }
            try await body(db, reader, reader.database(logger: Logger(label: "test"), on: MultiThreadedEventLoopGroup.singleton.any()))
        }
    }

    private func person(_ slug: String, _ name: String, native: String?) -> Person {
        Person(id: "", slug: slug, name: name, nativeName: native, aliases: [], birthDate: CalendarDate("1994-11-18"))
    }

    @Test func readsAnswerAsTheDatabaseDoes() async throws {
        try await withReader { db, _, reads in
            let writer = KnowledgeWriter(database: db)
            _ = try await writer.add(Organization(id: "", slug: "jtbc", name: "JTBC", kind: .network))
            _ = try await writer.add(person("han-so-hee", "Han So-hee", native: "한소희"))
            _ = try await writer.add(
                Title(
                    id: "", slug: "nevertheless", kind: .drama, name: "Nevertheless", nativeName: "알고있지만",
                    firstAired: CalendarDate("2021-06-19"), episodes: 10,
                    networks: [EntityRef(kind: .organization, slug: "jtbc", name: "")], genres: ["romance"]))
            let fluent = KnowledgeRepository(database: db)
            let direct = KnowledgeRepository(database: db, reads: reads)
            let person = try await direct.person(slug: "han-so-hee")
            let personThroughFluent = try await fluent.person(slug: "han-so-hee")
            #expect(person == personThroughFluent)
            #expect(person?.nativeName == "한소희")
            let title = try await direct.title(slug: "nevertheless")
            let titleThroughFluent = try await fluent.title(slug: "nevertheless")
            #expect(title == titleThroughFluent)
            #expect(title?.genres == ["romance"])
            #expect(title?.networks.map(\.slug) == ["jtbc"])
            let named = try await direct.entities(named: ["한소희", "JTBC", "nobody"])
            #expect(named.mapValues(\.slug) == [NameKey.make("한소희"): "han-so-hee", NameKey.make("JTBC"): "jtbc"])
        }
    }

    @Test func aStatementKeptPreparedSeesEveryLaterCommit() async throws {
        try await withReader { db, _, reads in
            let writer = KnowledgeWriter(database: db)
            let direct = KnowledgeRepository(database: db, reads: reads)
            _ = try await writer.add(person("song-kang", "Song Kang", native: nil))
            let first = try await direct.person(slug: "song-kang")
            #expect(first?.name == "Song Kang")
            for round in 1...3 {
                var changed = try #require(first)
                changed.name = "Song Kang \(round)"
                _ = try await KnowledgeEditor(database: db).update(person: "song-kang", with: changed)
                let read = try await direct.person(slug: "song-kang")
                #expect(read?.name == "Song Kang \(round)", "round \(round)")
            }
        }
    }

    @Test func manyDifferentStatementsStayCorrectPastTheKeptLimit() async throws {
        try await withReader { _, _, reads in
            for count in 1...300 {
                let values = (1...count).map { SQLBind($0) }
                let row = try await reads.raw("SELECT \(SQLList(values, separator: SQLRaw(" + "))) AS total").first()
                let total = try row?.decode(column: "total", as: Int.self)
                #expect(total == count * (count + 1) / 2)
            }
        }
    }

    @Test func itCannotWrite() async throws {
        try await withReader { db, _, reads in
            do {
                try await reads.raw("DELETE FROM people").run()
                Issue.record("the reader wrote")
            } catch {
                #expect("\(error)".contains("readonly") || "\(error)".contains("read-only") || "\(error)".contains("query_only"), "\(error)")
            }
            _ = db
        }
    }

    @Test func aClosedReaderRefusesInsteadOfCrashing() async throws {
        try await withReader { _, reader, reads in
            _ = try await reads.raw("SELECT 1 AS one").first()
            reader.close()
            do {
                _ = try await reads.raw("SELECT 1 AS one").first()
                Issue.record("a closed reader read")
            } catch let error as StoreError {
                guard case .failure = error else {
                    Issue.record("\(error)")
                    return
                }
            }
        }
    }
}
