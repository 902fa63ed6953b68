import SQLKit

extension SQLRow {
    /// A column that may be null. `decode(column:as: T?.self)` takes Decodable's generic path
    /// through a nested decoder for every value (3% of an uncached article page on SQLite);
    /// asking for null first lets the driver convert the value directly.
    func optional<T: Decodable>(_ column: String, _ type: T.Type) throws -> T? {
        try decodeNil(column: column) ? nil : decode(column: column, as: type)
    }
}
