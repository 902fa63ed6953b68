import SQLiteKit

/// A row `SQLiteReadConnection` read, decoded as SQLiteKit's own rows are.
struct SQLiteReadRow: SQLRow {
    /// A statement's column names, shared by all its rows.
    final class Columns: Sendable {
        let names: [String]
        let offsets: [String: Int]

        init(names: [String]) {
            self.names = names
            // The first of equal names wins, as in SQLiteNIO's rows.
            offsets = Dictionary(names.enumerated().map { ($1, $0) }) { first, _ in first }
        }
    }

    struct MissingColumn: Error {
        let column: String
    }

    let columns: Columns
    let values: [SQLiteData]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.offsets[column] != nil }

    func decodeNil(column: String) throws -> Bool {
        guard let offset = columns.offsets[column] else { return true }
        return values[offset] == .null
    }

    func decode<D: Decodable>(column: String, as: D.Type) throws -> D {
        guard let offset = columns.offsets[column] else { throw MissingColumn(column: column) }
        let value = values[offset]
        // Text, integers and flags through the very conversions the decoder would pick, without
        // its look-up of the type's conformance for every value (8% of a feed); anything else,
        // and a value that does not convert (for the decoder's error), through the decoder.
        if D.self == String.self, let text = String(sqliteData: value) { return unsafeBitCast(text, to: D.self) }
        if D.self == Int.self, let number = Int(sqliteData: value) { return unsafeBitCast(number, to: D.self) }
        if D.self == Bool.self, let flag = Bool(sqliteData: value) { return unsafeBitCast(flag, to: D.self) }
        return try SQLiteDataDecoder().decode(D.self, from: value)
    }
}
