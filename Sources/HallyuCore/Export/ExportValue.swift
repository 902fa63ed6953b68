import Foundation

/// One field of a record in Hallyu's JSON export: what a database column holds, in the few
/// shapes JSON can carry without loss. Dates travel as `string`s (see `ExportTime`), identifiers
/// as lower-case UUID `string`s, name lists as `strings`.
public enum ExportValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case strings([String])

    /// The value as JSON text, appended: strings escaped as RFC 8259 asks (quote, backslash and
    /// control characters; everything else as UTF-8), so the same value always writes the same bytes.
    public func appendJSON(to text: inout String) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .int(let value): text += String(value)
        case .double(let value): text += value.isFinite ? "\(value)" : "null"
        case .string(let value): JSONText.append(value, to: &text)
        case .strings(let values):
            text += "["
            for (index, value) in values.enumerated() {
                if index > 0 { text += "," }
                JSONText.append(value, to: &text)
            }
            text += "]"
        }
    }
}

extension ExportValue: Decodable {
    /// A JSON value in one of the export's shapes; an object, a nested array or a list with
    /// anything but strings is not one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .strings(try container.decode([String].self))
        }
    }
}
