import Foundation
import HallyuCore

/// The editor's subjects field: one entity per line, written `Han So-hee (people/han-so-hee)`
/// as autocomplete fills it in, or just the path (`people/han-so-hee`), or just a name when
/// only one entity has it.
enum SubjectField {
    /// A line as the field shows it.
    static func line(_ ref: EntityRef, titleKind: TitleKind? = nil) -> String {
        "\(ref.name) (\(Paths.of(ref, titleKind: titleKind).dropFirst()))"
    }

    /// The entities the field names; the first line that names none, or more than one, is
    /// the problem to show.
    static func parse(_ text: String, index: MentionIndex) -> Result<[EntityRef], SubjectProblem> {
        var refs: [EntityRef] = []
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == ";" }) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            var pathText = line
            if line.hasSuffix(")"), let open = line.lastIndex(of: "(") {
                pathText = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
            }
            if let target = target(ofPath: pathText) {
                refs.append(index.reference(target))
                continue
            }
            let named = index.entities(named: line).filter { [.person, .title, .organization, .couple].contains($0.kind) }
            switch named.count {
            case 0:
                return .failure(
                    SubjectProblem(message: "\"\(line)\" is not in the knowledge base; pick a subject from the suggestions, or add it first."))
            case 1: refs.append(index.reference(named[0]))
            default:
                let choices = named.map { Self.line(index.reference($0)) }.joined(separator: " or ")
                return .failure(SubjectProblem(message: "\"\(line)\" could be \(choices); write the one you mean."))
            }
        }
        return .success(refs)
    }

    private static func target(ofPath path: String) -> MentionTarget? {
        let parts = path.trimmingCharacters(in: CharacterSet(charactersIn: "/ ")).split(separator: "/")
        guard parts.count == 2, Slug.isValid(String(parts[1])) else { return nil }
        let kind: EntityKind? =
            switch parts[0] {
            case "people": .person
            case "dramas", "films": .title
            case "organizations": .organization
            case "couples": .couple
            default: nil
            }
        return kind.map { MentionTarget(kind: $0, slug: String(parts[1])) }
    }
}

struct SubjectProblem: Error {
    var message: String
}
