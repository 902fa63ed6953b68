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

    /// What the full imports bring: names a letter or two from places and ordinary words.
    private var crowdedIndex: MentionIndex {
        var builder = NameRecordBuilder()
        builder.person(slug: "e-so", name: "E.SO", nativeName: "이소", aliases: ["Seoyul"], agency: nil)
        builder.person(slug: "sua", name: "Sua", nativeName: "수아", aliases: [], agency: nil)
        builder.person(slug: "mayna", name: "Mayna", nativeName: nil, aliases: [], agency: nil)
        builder.person(slug: "han-so-hee", name: "Han So-hee", nativeName: "한소희", aliases: [], agency: nil)
        builder.organization(slug: "dramax", name: "DramaX", nativeName: nil, aliases: [])
        builder.title(slug: "my-name", name: "My Name", nativeName: "마이 네임", aliases: [], networks: [])
        return MentionIndex(records: builder.build())
    }

    @Test func placesAndOrdinaryWordsAreNoMisspeltNames() {
        let index = crowdedIndex
        for sentence in [
            "We flew to Busan, then took the train back to Seoul.",
            "Drama fans waited all week.",
            "Related: Why Red Velvet’s Joy Chose A Quiet Comeback",
            "Check Out Han So-hee’s Best Scenes In My Name",
            "Han So-hee's fans queued in Hongdae, and her oppa jokes won Inkigayo's audience.",
        ] {
            let found = index.misspellings(in: sentence, analysis: index.analyze(sentence))
            #expect(found.isEmpty, "\(sentence): \(found.map { "\($0.text) → \($0.closest)" })")
        }
    }

    @Test func aMisspeltNameIsStillCaughtBesideKnownWords() {
        let index = crowdedIndex
        for (sentence, typed) in [("In Seoul, Han Soo-he greeted fans.", "Han Soo-he"), ("Drama fans love Han Sohe’s new role.", "Han Sohe")] {
            let found = index.misspellings(in: sentence, analysis: index.analyze(sentence))
            #expect(found.map(\.text).contains { $0.hasPrefix(typed) }, "\(sentence): \(found.map(\.text))")
        }
    }

    @Test func theLexiconKnowsPlacesLoanwordsAndMediaInAnyCase() {
        for word in ["Seoul", "SEOUL", "Gangnam", "Jung-gu", "oppa", "Maknae", "sageuk", "Inkigayo", "Baeksang", "chose", "Rosé’s"] {
            #expect(KnownWords.contains(word), "\(word)")
        }
        for name in ["Jisoo", "Seoyul", "So-hee", "Jung", "Suji", "Cheong"] {
            #expect(!KnownWords.contains(name), "\(name) is a name, not a known word")
        }
        #expect(KnownWords.containsPhrase("Baeksang Arts Awards") && KnownWords.containsPhrase("Cheong Wa Dae"))
    }
}
