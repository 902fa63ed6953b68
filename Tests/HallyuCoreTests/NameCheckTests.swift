import Foundation
import HallyuCore
import Testing

/// The editor's name check against the planted misspellings and the clean sentences in
/// Fixtures/mentions.
@Suite struct NameCheckTests {
    @Test func plantedMisspellingsAreCaught() throws {
        let index = MentionIndex(records: try MentionCorpusTests.records())
        let url = try MentionCorpusTests.folder().appendingPathComponent("misspellings.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var caught = 0
        var misses: [String] = []
        for row in rows where row.count >= 3 {
            let (typed, expected, context) = (row[0], row[1], row[2])
            let found = index.misspellings(in: context, analysis: index.analyze(context))
            if found.contains(where: { $0.text == typed && $0.suggestions.map(\.description).contains(expected) }) {
                caught += 1
            } else {
                misses.append("\(typed) → \(expected): found \(found.map { "\($0.text) → \($0.suggestions)" })")
            }
        }
        print("Misspellings caught: \(caught)/\(rows.count)\n" + misses.joined(separator: "\n"))
        #expect(caught >= 30)
        #expect(Double(caught) / Double(rows.count) >= 0.9)
    }

    @Test func ordinaryProseRaisesNoWarning() throws {
        let index = MentionIndex(records: try MentionCorpusTests.records())
        let url = try MentionCorpusTests.folder().appendingPathComponent("no-warnings.txt")
        var warnings: [String] = []
        for sentence in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init) {
            for found in index.misspellings(in: sentence, analysis: index.analyze(sentence)) {
                warnings.append("\(found.text) → \(found.closest) in: \(sentence)")
            }
        }
        #expect(warnings == [])
    }

    /// The demo newsroom's own knowledge base and articles: every name in them is known, so the
    /// check must stay silent.
    @Test func theDemoArticlesRaiseNoWarning() throws {
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/HallyuApp/Resources/Demo")
        let index = MentionIndex(records: try MentionCorpusTests.records(from: demo.appendingPathComponent("knowledge.json")))
        let files = try FileManager.default.contentsOfDirectory(at: demo.appendingPathComponent("articles"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }
        #expect(files.count >= 12)
        var warnings: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for found in index.misspellings(in: text, analysis: index.analyze(text)) {
                warnings.append("\(file.lastPathComponent): \(found.text) → \(found.closest)")
            }
        }
        #expect(warnings == [])
    }
}
