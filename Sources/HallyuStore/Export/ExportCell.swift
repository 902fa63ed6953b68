import Foundation
import HallyuCore
import SQLKit

/// A field of an export record checked against its table's format and ready for the database.
public enum ExportCell: Sendable {
    case null
    case id(UUID)
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case time(Date)
    case texts([String])

    /// The value for an INSERT. A time goes to PostgreSQL as its text, cast there: its driver
    /// truncates a `Date` to the microsecond, and a `Date` near today is a quarter of a
    /// microsecond off the time it stands for, so one in four would arrive a microsecond early.
    func bind(postgres: Bool) -> any SQLExpression {
        switch self {
        case .null: SQLLiteral.null
        case .id(let value): SQLBind(value)
        case .text(let value): SQLBind(value)
        case .integer(let value): SQLBind(value)
        case .number(let value): SQLBind(value)
        case .boolean(let value): SQLBind(value)
        case .time(let value): postgres ? PostgresTime(text: ExportTime.string(value)) : SQLBind(value)
        case .texts(let value): SQLBind(value)
        }
    }

    public var id: UUID? {
        if case .id(let value) = self { return value }
        return nil
    }
}

private struct PostgresTime: SQLExpression {
    let text: String

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("CAST(")
        SQLBind(text).serialize(to: &serializer)
        serializer.write(" AS TIMESTAMPTZ)")
    }
}

/// Why a record does not fit its table.
public struct ExportFieldError: Error, CustomStringConvertible {
    public let description: String
}

extension ExportTable {
    /// A record's fields in this table's order, each checked for its shape; every field must be
    /// there and nothing else may be.
    public func cells(_ record: [String: ExportValue]) throws(ExportFieldError) -> [ExportCell] {
        if let unknown = record.keys.filter({ key in !fields.contains { $0.name == key } }).sorted().first {
            throw ExportFieldError(description: "\(unknown) is not a field of \(name)")
        }
        var cells: [ExportCell] = []
        cells.reserveCapacity(fields.count)
        for field in fields {
            // A field that may be null may be absent too: columns added since an export was
            // written (such as `users.disabled_at`) read as null, so older exports still import.
            guard let value = record[field.name] ?? (field.nullable ? .null : nil) else {
                throw ExportFieldError(description: "\(field.name) is missing")
            }
            cells.append(try field.cell(value))
        }
        return cells
    }
}

extension ExportTable.Field {
    func cell(_ value: ExportValue) throws(ExportFieldError) -> ExportCell {
        switch (shape, value) {
        case (_, .null):
            guard nullable else { throw ExportFieldError(description: "\(name) may not be null") }
            return .null
        case (.id, .string(let text)):
            guard let id = UUID(uuidString: text) else { throw ExportFieldError(description: "\(name) is not a UUID") }
            return .id(id)
        case (.text, .string(let text)): return .text(text)
        case (.integer, .int(let number)): return .integer(number)
        case (.number, .int(let number)): return .number(Double(number))
        case (.number, .double(let number)): return .number(number)
        case (.boolean, .bool(let flag)): return .boolean(flag)
        case (.time, .string(let text)):
            guard let date = ExportTime.date(text) else {
                throw ExportFieldError(description: "\(name) is not a UTC time to the microsecond (2026-12-06T22:13:35.771137Z)")
            }
            return .time(date)
        case (.texts, .strings(let list)): return .texts(list)
        // An empty JSON list reads as no strings at all.
        default: throw ExportFieldError(description: "\(name) should be \(shapeName)")
        }
    }

    private var shapeName: String {
        switch shape {
        case .id: "a UUID string"
        case .text: "a string"
        case .integer: "an integer"
        case .number: "a number"
        case .boolean: "true or false"
        case .time: "a time string"
        case .texts: "a list of strings"
        }
    }

    /// The column's value in a row the database answered, as the export writes it.
    func value(in row: any SQLRow) throws -> ExportValue {
        if try row.decodeNil(column: name) { return .null }
        switch shape {
        case .id: return .string(try row.decode(column: name, as: UUID.self).uuidString.lowercased())
        case .text: return .string(try row.decode(column: name, as: String.self))
        case .integer: return .int(try row.decode(column: name, as: Int.self))
        case .number: return .double(try row.decode(column: name, as: Double.self))
        case .boolean: return .bool(try row.decode(column: name, as: Bool.self))
        case .time: return .string(ExportTime.string(try row.decode(column: name, as: Date.self)))
        case .texts: return .strings(try row.decode(column: name, as: [String].self))
        }
    }
}
