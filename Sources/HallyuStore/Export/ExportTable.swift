/// A table as the JSON export carries it: its fields in order, each with its shape, whether it
/// may be null and the table its identifiers point into; and the columns it leaves behind,
/// with what an import puts there instead.
public struct ExportTable: Sendable {
    public enum Shape: String, Sendable {
        /// A lower-case UUID string.
        case id
        case text
        case integer
        case number
        case boolean
        /// RFC 3339 in UTC to the microsecond (`ExportTime`).
        case time
        /// A list of strings.
        case texts
    }

    public struct Field: Sendable {
        public let name: String
        public let shape: Shape
        public let nullable: Bool
        /// The table whose `id` this field holds, when the database insists it exists there.
        public let references: String?
    }

    /// A column the export leaves out (a secret, or what only means something on the site that
    /// made it), and what an import writes in its place.
    public struct LeftOut: Sendable {
        public enum Fill: Sendable {
            case null
            case text(String)
            /// The text followed by the record's id: for a column that must be unique.
            case textAndID(String)
        }

        public let column: String
        public let fill: Fill
        public let reason: String
    }

    public let name: String
    public let summary: String
    public let fields: [Field]
    public let leftOut: [LeftOut]

    init(_ name: String, _ summary: String, _ fields: [Field], leavingOut leftOut: [LeftOut] = []) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.leftOut = leftOut
    }

    public var fileName: String { name + ".jsonl" }

    /// A field that points at a row of the same table (a reply's parent comment): such rows go
    /// in after the rows they point at.
    public var parentField: Field? { fields.first { $0.references == name } }
}

extension ExportTable.Field {
    static func id(_ name: String = "id", to table: String? = nil, nullable: Bool = false) -> Self {
        Self(name: name, shape: .id, nullable: nullable, references: table)
    }

    static func text(_ name: String, nullable: Bool = false) -> Self { Self(name: name, shape: .text, nullable: nullable, references: nil) }
    static func integer(_ name: String, nullable: Bool = false) -> Self {
        Self(name: name, shape: .integer, nullable: nullable, references: nil)
    }
    static func number(_ name: String) -> Self { Self(name: name, shape: .number, nullable: false, references: nil) }
    static func boolean(_ name: String) -> Self { Self(name: name, shape: .boolean, nullable: false, references: nil) }
    static func time(_ name: String, nullable: Bool = false) -> Self { Self(name: name, shape: .time, nullable: nullable, references: nil) }
    static func texts(_ name: String) -> Self { Self(name: name, shape: .texts, nullable: false, references: nil) }
}
