import Foundation

/// A record of the JSON export: one line of a table's `.jsonl` file, a JSON object whose keys
/// are the table's fields in the order the format gives them.
public enum ExportRecord {
    /// The line for these fields, without its newline.
    public static func line(_ fields: [(name: String, value: ExportValue)]) -> String {
        var text = "{"
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            JSONText.append(field.name, to: &text)
            text += ":"
            field.value.appendJSON(to: &text)
        }
        return text + "}"
    }

    /// A line read back: its fields by name, or why it is not a record.
    public static func fields(of line: Data, decoder: JSONDecoder = JSONDecoder()) -> Result<[String: ExportValue], ExportLineError> {
        do {
            return .success(try decoder.decode([String: ExportValue].self, from: line))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty { return .failure(.notJSON) }
            guard let field = error.fieldName else { return .failure(.notAnObject) }
            return .failure(.unreadableField(field))
        } catch {
            return .failure(.notJSON)
        }
    }
}

/// Why a line of an export file is not a record.
public enum ExportLineError: Error, Equatable, CustomStringConvertible {
    case notJSON
    case notAnObject
    case unreadableField(String)

    public var description: String {
        switch self {
        case .notJSON: "not JSON"
        case .notAnObject: "not a JSON object"
        case .unreadableField(let name): "\(name) is not a string, number, true, false, null or list of strings"
        }
    }
}

extension DecodingError {
    fileprivate var fieldName: String? {
        let path: [any CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
        case .keyNotFound(_, let context): path = context.codingPath
        @unknown default: return nil
        }
        return path.first?.stringValue
    }
}
