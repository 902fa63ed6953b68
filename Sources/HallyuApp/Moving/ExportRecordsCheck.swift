import Foundation
import HallyuCore
import HallyuStore

/// The first reading of an export: every line a record of its table, every id unique in its
/// table, every id a record names present in the table it points into, and no loop of replies.
/// A media file name must be one the media folder can hold, and text bound for PostgreSQL may not
/// hold U+0000, which SQLite keeps and PostgreSQL cannot store. Gathers up to twenty problems,
/// each with its file and line, and returns how deep each reply sits in its thread, which orders
/// the writing, and the site's settings.
struct ExportRecordsCheck {
    struct Findings {
        var depths: [String: [UUID: Int]]
        var settings: [String: String]
    }

    let folder: String
    let manifest: ExportManifest
    let postgres: Bool

    static let reported = 20

    func run() async throws -> Findings {
        let pointedAt = Set(ExportFormat.tables.flatMap { $0.fields.compactMap(\.references) })
        var ids: [String: Set<UUID>] = [:]
        var depths: [String: [UUID: Int]] = [:]
        var problems: [String] = []
        let decoder = JSONDecoder()
        for (table, file) in zip(ExportFormat.tables, manifest.tables) {
            var seen = Set<UUID>()
            var parents: [UUID: UUID] = [:]
            let parentIndex = table.fields.firstIndex { $0.references == table.name }
            try await JSONLines(path: (folder as NSString).appendingPathComponent(file.name)).forEach { number, line in
                guard problems.count < Self.reported else { return }
                let place = "\(file.name) line \(number)"
                let cells: [ExportCell]
                switch ExportRecord.fields(of: line, decoder: decoder) {
                case .failure(let reason):
                    problems.append("\(place): \(reason)")
                    return
                case .success(let fields):
                    do {
                        cells = try table.cells(fields)
                    } catch {
                        problems.append("\(place): \(error)")
                        return
                    }
                }
                guard let id = cells.first?.id, seen.insert(id).inserted else {
                    problems.append("\(place): the id is another record's too")
                    return
                }
                if let problem = Self.unstorable(table, cells, postgres: postgres) {
                    problems.append("\(place): \(problem)")
                    return
                }
                for (index, field) in table.fields.enumerated() {
                    guard let target = field.references, target != table.name, let named = cells[index].id else { continue }
                    if ids[target]?.contains(named) != true {
                        problems.append("\(place): \(field.name) names \(named.uuidString.lowercased()), which is not in \(target).jsonl")
                    }
                }
                if let parentIndex, let parent = cells[parentIndex].id { parents[id] = parent }
            }
            if problems.isEmpty, seen.count != file.records {
                problems.append("\(file.name): \(seen.count) records, the manifest says \(file.records)")
            }
            if let orphan = parents.first(where: { !seen.contains($0.value) }) {
                problems.append("\(file.name): \(orphan.key.uuidString.lowercased()) answers a record that is not in the file")
            }
            switch Self.depths(parents) {
            case .success(let found): if !found.isEmpty { depths[table.name] = found }
            case .failure(let loop): problems.append("\(file.name): \(loop.id.uuidString.lowercased()) is in a loop of replies")
            }
            if pointedAt.contains(table.name) { ids[table.name] = seen }
            if problems.count >= Self.reported { break }
        }
        let settings = try siteSettings(&problems)
        guard problems.isEmpty else {
            throw StartupError(
                description: "the export does not fit version \(ExportFormat.version) of the format; nothing was imported:\n"
                    + problems.prefix(Self.reported).map { "  " + $0 }.joined(separator: "\n"))
        }
        return Findings(depths: depths, settings: settings)
    }

    /// What the target cannot hold: a media file name that is not a plain name in the media
    /// folder, or U+0000 in text bound for PostgreSQL.
    static func unstorable(_ table: ExportTable, _ cells: [ExportCell], postgres: Bool) -> String? {
        for (field, cell) in zip(table.fields, cells) {
            if table.name == "media", field.name == "file_name", case .text(let name) = cell, !MediaController.isSafeFileName(name) {
                return "file_name \"\(name.prefix(80))\" is not a file name the media folder holds"
            }
            guard postgres else { continue }
            let texts: [String]
            switch cell {
            case .text(let text): texts = [text]
            case .texts(let list): texts = list
            default: continue
            }
            if texts.contains(where: { $0.unicodeScalars.contains("\u{0}") }) { return "\(field.name) holds U+0000, which PostgreSQL cannot store" }
        }
        return nil
    }

    /// `site.json`: one record of the settings an admin chose, each text.
    private func siteSettings(_ problems: inout [String]) throws -> [String: String] {
        let path = (folder as NSString).appendingPathComponent(ExportFormat.siteFileName)
        guard let data = FileManager.default.contents(atPath: path) else { throw StartupError(description: "cannot read \(path)") }
        switch ExportRecord.fields(of: data) {
        case .failure(let reason):
            problems.append("\(ExportFormat.siteFileName): \(reason)")
            return [:]
        case .success(let fields):
            var settings: [String: String] = [:]
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
                guard ExportFormat.siteSettings.contains(key), case .string(let text) = value else {
                    problems.append("\(ExportFormat.siteFileName): \(key) is not a setting of version \(ExportFormat.version) held as text")
                    continue
                }
                settings[key] = text
            }
            return settings
        }
    }

    struct Loop: Error {
        let id: UUID
    }

    /// How many ancestors each reply has (a record with no parent has none and is left out).
    static func depths(_ parents: [UUID: UUID]) -> Result<[UUID: Int], Loop> {
        var depths: [UUID: Int] = [:]
        for start in parents.keys where depths[start] == nil {
            var chain: [UUID] = []
            var onChain = Set<UUID>()
            var node = start
            while let parent = parents[node], depths[node] == nil {
                guard onChain.insert(node).inserted else { return .failure(Loop(id: node)) }
                chain.append(node)
                node = parent
            }
            var depth = depths[node] ?? 0
            for reply in chain.reversed() {
                depth += 1
                depths[reply] = depth
            }
        }
        return .success(depths)
    }
}
