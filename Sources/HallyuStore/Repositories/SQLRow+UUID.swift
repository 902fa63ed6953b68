import Foundation
import SQLKit

extension SQLRow {
    /// A UUID column. Read as its text (SQLite keeps UUIDs as text; PostgreSQL's driver writes
    /// a uuid as the same text) and parsed by `UUIDText`: Foundation's parse and print went
    /// through `sscanf` and `printf` for every id, 8% of an uncached home page.
    func uuid(_ column: String) throws -> UUID {
        let text = try decode(column: column, as: String.self)
        guard let uuid = UUIDText.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) is not a UUID"))
        }
        return uuid
    }

    func optionalUUID(_ column: String) throws -> UUID? {
        try decodeNil(column: column) ? nil : uuid(column)
    }

    /// A UUID column as the identifier string Core values carry (`uuidString`'s form).
    func id(_ column: String) throws -> String {
        try uuid(column).coreID
    }

    func optionalID(_ column: String) throws -> String? {
        try optionalUUID(column)?.coreID
    }
}
