import Foundation

/// Checks an API answer against the OpenAPI 3.1 document that describes it: the status must be
/// one the operation documents, and a JSON body must fit the status's schema. The schemas are
/// checked as far as the document uses JSON Schema: `type` (one or several, `null` among them),
/// `properties`, `required`, `items`, `enum`, `$ref` to `#/components/schemas`, `oneOf`,
/// `anyOf`, `maxLength` (in Unicode scalars, as JSON Schema counts), `minimum` and `maximum`.
public struct OpenAPICheck: Sendable {
    private let paths: [String: JSONValue]
    private let schemas: [String: JSONValue]

    public init(document: JSONValue) {
        paths = document["paths"]?.object ?? [:]
        schemas = document["components"]?["schemas"]?.object ?? [:]
    }

    /// What is wrong with answering `status` and `body` to `method` on `path` (a concrete
    /// address, query allowed); empty when it fits. A 404 or 405 for an address or method the
    /// document does not have is what the API should say, and fits.
    public func problems(method: String, path: String, status: Int, body: Data) -> [String] {
        let address = String(path.split(separator: "?", maxSplits: 1).first ?? "")
        guard let (template, operations) = operation(for: address) else {
            return [404, 405].contains(status) ? [] : ["\(method) \(address) answered \(status), and the document has no such path"]
        }
        guard let operation = operations[method.lowercased()] else {
            return [404, 405].contains(status) ? [] : ["\(method) \(template) answered \(status), and the document has no such method"]
        }
        guard let response = operation["responses"]?[String(status)] else {
            return ["\(method) \(template) answered \(status), which the document does not list"]
        }
        guard let schema = response["content"]?["application/json"]?["schema"] else { return [] }
        guard let value = try? JSONValue(data: body) else { return ["\(method) \(template) \(status): the body is not JSON"] }
        return problems(value, schema, at: "\(method) \(template) \(status) $")
    }

    /// The documented path `address` falls under; literal segments win over `{parameters}`.
    private func operation(for address: String) -> (String, [String: JSONValue])? {
        let parts = address.split(separator: "/", omittingEmptySubsequences: true)
        let matches = paths.compactMap { template, operations -> (String, [String: JSONValue], Int)? in
            let pattern = template.split(separator: "/", omittingEmptySubsequences: true)
            guard pattern.count == parts.count, let operations = operations.object else { return nil }
            var literal = 0
            for (expected, actual) in zip(pattern, parts) {
                if expected.hasPrefix("{") { continue }
                guard expected == actual else { return nil }
                literal += 1
            }
            return (template, operations, literal)
        }
        return matches.max { $0.2 < $1.2 }.map { ($0.0, $0.1) }
    }

    private func problems(_ value: JSONValue, _ schema: JSONValue, at path: String) -> [String] {
        if let reference = schema["$ref"]?.string {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = schemas[name] else { return ["\(path): no schema named \(name)"] }
            return problems(value, target, at: path)
        }
        for key in ["oneOf", "anyOf"] {
            if case .array(let options)? = schema[key] {
                let fits = options.filter { problems(value, $0, at: path).isEmpty }.count
                let enough = key == "oneOf" ? fits == 1 : fits >= 1
                if !enough { return ["\(path): fits \(fits) of the \(key) schemas"] }
            }
        }
        var found: [String] = []
        if let types = schema["type"] {
            let allowed: [String] =
                switch types {
                case .string(let one): [one]
                case .array(let many): many.compactMap(\.string)
                default: []
                }
            guard allowed.contains(where: { fits(value, type: $0) }) else {
                return ["\(path): \(describe(value)) where the schema wants \(allowed.joined(separator: " or "))"]
            }
        }
        if case .array(let choices)? = schema["enum"], !choices.contains(value) {
            found.append("\(path): \(describe(value)) is not one of the documented values")
        }
        if case .string(let text) = value, case .number(let limit)? = schema["maxLength"], text.unicodeScalars.count > Int(limit) {
            found.append("\(path): longer than \(Int(limit)) characters")
        }
        if case .number(let number) = value {
            if case .number(let least)? = schema["minimum"], number < least { found.append("\(path): below \(least)") }
            if case .number(let most)? = schema["maximum"], number > most { found.append("\(path): above \(most)") }
        }
        if case .object(let members) = value {
            if case .array(let required)? = schema["required"] {
                for key in required.compactMap(\.string) where members[key] == nil { found.append("\(path).\(key): missing") }
            }
            let properties = schema["properties"]?.object ?? [:]
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                if let property = properties[key] {
                    found += problems(member, property, at: "\(path).\(key)")
                } else if !properties.isEmpty, schema["additionalProperties"] == nil {
                    found.append("\(path).\(key): not in the schema")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { found += problems(item, itemSchema, at: "\(path)[\(index)]") }
        }
        return found
    }

    private func fits(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object):
            true
        case ("integer", .number(let number)):
            number.rounded() == number
        default:
            false
        }
    }

    private func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string(let text): "the string \"\(text.prefix(40))\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}
