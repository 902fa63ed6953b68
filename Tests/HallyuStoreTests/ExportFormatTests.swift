import Fluent
import Foundation
import HallyuCore
import HallyuStore
import SQLKit
import Testing

/// The JSON export's description of the tables against the tables themselves: a column a
/// migration adds must be exported or left out on purpose, never forgotten.
@Suite struct ExportFormatTests {
    /// Every table and its columns, as the database has them.
    private func columns(_ database: any Database, _ backend: String) async throws -> [String: Set<String>] {
        let sql = database as! any SQLDatabase
        var tables: [String: Set<String>] = [:]
        if backend == "sqlite" {
            let names = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
                .map { try $0.decode(column: "name", as: String.self) }
            for name in names {
                let rows = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: name))").all()
                tables[name] = Set(try rows.map { try $0.decode(column: "name", as: String.self) })
            }
        } else {
            let rows = try await sql.raw(
                "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema()"
            ).all()
            for row in rows { tables[try row.decode(column: "t", as: String.self), default: []].insert(try row.decode(column: "c", as: String.self)) }
        }
        return tables
    }

    @Test func everyColumnOfEveryTableIsExportedOrLeftOutOnPurpose() async throws {
        try await TestDatabase.run { database, backend in
            let found = try await columns(database, backend)
            for (table, columns) in found {
                // The search index is one virtual table on SQLite with tables of its own beneath it.
                if table.hasPrefix("article_search") || ExportFormat.leftOutTables[table] != nil { continue }
                guard let format = ExportFormat.table(named: table) else {
                    Issue.record("\(table) is neither exported nor left out (\(backend))")
                    continue
                }
                let described = Set(format.fields.map(\.name) + format.leftOut.map(\.column))
                #expect(described == columns, "\(table): the database has \(columns.sorted()), the format \(described.sorted()) (\(backend))")
            }
            for table in ExportFormat.tables { #expect(found[table.name] != nil, "\(table.name) is not a table (\(backend))") }
        }
    }

    @Test func anOlderExportWithoutANewNullableFieldStillReads() throws {
        let users = try #require(ExportFormat.table(named: "users"))
        var record: [String: ExportValue] = [
            "id": .string("181161ff-30db-4d88-adb4-6d8020254fb9"), "slug": .string("kim-min-seo"), "name": .string("Kim Min-seo"),
            "email": .string("editor@example.com"), "role": .string("editor"), "bio": .string(""), "created_at": .null,
        ]
        let cells = try users.cells(record)
        let disabled = try #require(users.fields.firstIndex { $0.name == "disabled_at" })
        if case .null = cells[disabled] {} else { Issue.record("disabled_at absent reads as null") }
        record["email"] = nil
        #expect(throws: ExportFieldError.self, "a field that may not be null must be there") { try users.cells(record) }
    }

    @Test func aTablePointsOnlyAtTablesWrittenBeforeIt() {
        var written: Set<String> = []
        for table in ExportFormat.tables {
            #expect(table.fields.first?.name == "id" && table.fields.first?.shape == .id, "\(table.name) starts with its id")
            for field in table.fields {
                guard let target = field.references else { continue }
                #expect(field.shape == .id)
                #expect(written.contains(target) || target == table.name, "\(table.name).\(field.name) points at \(target), written later")
            }
            #expect(written.insert(table.name).inserted, "\(table.name) is listed once")
        }
    }

    @Test func theDocumentedSchemaIsTheOneTheExportWrites() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let documented = try Data(contentsOf: root.appendingPathComponent("docs/export-schema.json"))
        #expect(
            documented == (try ExportSchema.json()),
            "docs/export-schema.json is the schema ExportSchema writes; write it again from ExportSchema.json()")
        // And it is JSON Schema with a definition per table, each naming every field as required.
        let object = try #require(try JSONSerialization.jsonObject(with: documented) as? [String: Any])
        let definitions = try #require(object["$defs"] as? [String: [String: Any]])
        #expect(Set(definitions.keys) == Set(ExportFormat.tables.map(\.name) + ["site"]))
        for table in ExportFormat.tables {
            #expect((definitions[table.name]?["required"] as? [String]) == table.fields.map(\.name))
        }
    }
}
