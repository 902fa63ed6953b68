import HallyuCore

/// A text of the name corpora, with its front matter read and its labels taken out: every
/// expected span is written `{TEXT|EXPECT}` in the file (see the corpora's README files).
public struct LabelledText: Sendable {
    public struct Label: Sendable {
        /// UTF-16 offsets in `text`.
        public let start: Int
        public let end: Int
        public let expect: String
        public let text: String
    }

    /// The front matter's fields (`subjects`, `set`).
    public let fields: [String: String]
    public let subjects: [MentionTarget]
    public let text: String
    public let labels: [Label]

    public init(_ source: String) {
        var lines = source.components(separatedBy: "\n")
        var fields: [String: String] = [:]
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            lines.removeSubrange(0...end)
        }
        self.fields = fields
        subjects = (fields["subjects"] ?? "").split(separator: ",").compactMap { entry in
            let parts = entry.trimmingCharacters(in: .whitespaces).split(separator: "/").map(String.init)
            guard parts.count == 2, let kind = EntityKind(rawValue: parts[0]) else { return nil }
            return MentionTarget(kind: kind, slug: parts[1])
        }
        var text = ""
        var labels: [Label] = []
        var rest = lines.joined(separator: "\n")[...]
        while let open = rest.firstIndex(of: "{"), let bar = rest[open...].firstIndex(of: "|"),
            let close = rest[bar...].firstIndex(of: "}")
        {
            text += rest[..<open]
            let shown = String(rest[rest.index(after: open)..<bar])
            let start = text.utf16.count
            text += shown
            labels.append(
                Label(start: start, end: text.utf16.count, expect: String(rest[rest.index(after: bar)..<close]), text: shown))
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        self.text = text
        self.labels = labels
    }
}
