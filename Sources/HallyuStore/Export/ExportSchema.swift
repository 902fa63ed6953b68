import Foundation

/// The export format as JSON Schema (draft 2020-12): one definition per table, each describing
/// a line of its `.jsonl` file. Written into every export as `schema.json`; the same text is
/// `docs/export-schema.json`, and a test keeps the two equal.
public enum ExportSchema {
    public static func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Document())
        data.append(0x0A)
        return data
    }

    private struct Document: Encodable {
        let schema = "https://json-schema.org/draft/2020-12/schema"
        let title = "Hallyu export, version \(ExportFormat.version)"
        let description =
            "A folder: manifest.json, schema.json, one JSON Lines file per table (TABLE.jsonl, one record a line, in the order an import writes them) and media/. Each definition below is a line of one table's file."
        let defs = Dictionary(uniqueKeysWithValues: ExportFormat.tables.map { ($0.name, Record($0)) }).merging(["site": Record(site: ())]) {
            first, _ in first
        }

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case title, description
            case defs = "$defs"
        }
    }

    private struct Record: Encodable {
        let type = "object"
        let description: String
        let properties: [String: Property]
        let required: [String]
        let additionalProperties = false

        /// `site.json`: the settings an admin chose, each optional.
        init(site: Void) {
            description =
                "site.json: the settings an admin chose (comment_blocklist: one blocked word or address a line), each absent when never set."
            properties = Dictionary(uniqueKeysWithValues: ExportFormat.siteSettings.map { ($0, Property(text: ())) })
            required = []
        }

        init(_ table: ExportTable) {
            var description = table.summary
            if !table.leftOut.isEmpty {
                description += " Left out: " + table.leftOut.map { "\($0.column) (\($0.reason))" }.joined(separator: "; ") + "."
            }
            self.description = description
            properties = Dictionary(uniqueKeysWithValues: table.fields.map { ($0.name, Property($0)) })
            required = table.fields.map(\.name)
        }
    }

    private struct Property: Encodable {
        let type: [String]
        let format: String?
        let items: [String: String]?
        let description: String?

        init(text: Void) {
            type = ["string"]
            format = nil
            items = nil
            description = nil
        }

        init(_ field: ExportTable.Field) {
            let base: String
            switch field.shape {
            case .id, .text, .time: base = "string"
            case .integer: base = "integer"
            case .number: base = "number"
            case .boolean: base = "boolean"
            case .texts: base = "array"
            }
            type = field.nullable ? [base, "null"] : [base]
            format = field.shape == .id ? "uuid" : field.shape == .time ? "date-time" : nil
            items = field.shape == .texts ? ["type": "string"] : nil
            description =
                field.references.map { "the id of a record of \($0)" }
                ?? (field.shape == .time ? "UTC, to the microsecond: 2026-12-06T22:13:35.771137Z" : nil)
        }

        enum CodingKeys: String, CodingKey {
            case type, format, items, description
        }

        /// `"type": "string"` for a field that is always there, `["string", "null"]` for one that may be null.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if type.count == 1 { try container.encode(type[0], forKey: .type) } else { try container.encode(type, forKey: .type) }
            try container.encodeIfPresent(format, forKey: .format)
            try container.encodeIfPresent(items, forKey: .items)
            try container.encodeIfPresent(description, forKey: .description)
        }
    }
}
