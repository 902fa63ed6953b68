import FluentKit
import Foundation
import HallyuCore
import SQLKit

/// Reads tables for the export, a page at a time in the order of their ids, all inside one
/// snapshot of the database (a read transaction on SQLite's write-ahead log; REPEATABLE READ on
/// PostgreSQL), so the export is a moment of a site that keeps serving.
public struct ExportSnapshot {
    public let sql: any SQLDatabase

    public static func read<T: Sendable>(_ database: any Database, _ body: @escaping @Sendable (ExportSnapshot) async throws -> T) async throws -> T {
        try await database.transaction { database in
            guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
            if sql.dialect.name == "postgresql" {
                try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            }
            return try await body(ExportSnapshot(sql: sql))
        }
    }

    /// Every row of a table as its fields, `size` rows at a time.
    public func rows(of table: ExportTable, size: Int = 500, _ page: ([[ExportValue]]) async throws -> Void) async throws {
        var after: UUID?
        while true {
            var select = sql.select().from(table.name).orderBy("id").limit(size)
            for field in table.fields { select = select.column(SQLIdentifier(field.name)) }
            if let after { select = select.where("id", .greaterThan, SQLBind(after)) }
            let rows = try await select.all()
            if rows.isEmpty { return }
            try await page(try rows.map { row in try table.fields.map { try $0.value(in: row) } })
            if rows.count < size { return }
            after = try rows.last?.decode(column: "id", as: UUID.self)
        }
    }
}

/// Writes checked export records into their table in multi-row statements, the columns the
/// export leaves out filled as the format says.
public struct ExportTableWriter {
    public let sql: any SQLDatabase
    public let table: ExportTable

    public init(database: any Database, table: ExportTable) throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
        self.sql = sql
        self.table = table
    }

    public func insert(_ rows: [[ExportCell]]) async throws {
        guard !rows.isEmpty else { return }
        let columns = table.fields.map(\.name) + table.leftOut.map(\.column)
        let postgres = sql.dialect.name == "postgresql"
        // Few enough values a statement for SQLite's and PostgreSQL's limits on binds.
        let perStatement = max(1, 4_000 / columns.count)
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            var insert = sql.insert(into: table.name).columns(columns)
            for row in rows[start..<min(start + perStatement, rows.count)] {
                let id = row.first?.id.map { $0.uuidString.lowercased() } ?? ""
                let filled: [any SQLExpression] = table.leftOut.map { leftOut in
                    switch leftOut.fill {
                    case .null: SQLLiteral.null
                    case .text(let text): SQLBind(text)
                    case .textAndID(let text): SQLBind(text + id)
                    }
                }
                insert = insert.values(row.map { $0.bind(postgres: postgres) } + filled)
            }
            try await insert.run()
        }
    }
}
