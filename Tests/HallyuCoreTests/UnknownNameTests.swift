import Foundation
import HallyuCore
import Testing

@Suite struct UnknownNameTests {
    private func unknown(_ text: String, _ index: MentionIndex) -> [String] {
        let analysis = index.analyze(text)
        return index.unknownNames(in: text, analysis: analysis, misspellings: index.misspellings(in: text, analysis: analysis)).map(\.text)
    }

    @Test func koreanShapedNamesThatNobodyKnowsAreReported() throws {
        let index = MentionIndex(records: try MentionCorpusTests.records())
        #expect(
            unknown("The director Jung Ha-rin met Park Jiwoo and Choi Min-seo in Seoul.", index) == ["Jung Ha-rin", "Park Jiwoo", "Choi Min-seo"])
        #expect(unknown("In April the band played In Japan and You Like It.", index) == [])
        #expect(
            unknown("Kim Kardashian walked along the Han River with Song Kang.", index) == [],
            "not syllable-shaped, not a family name first, or known")
        #expect(unknown("Han Soo-he smiled.", index) == [], "a misspelling is reported as one, not as unknown")
    }

    @Test func cleanSentencesAndTheDemoArticlesHaveNoUnknownNames() throws {
        let corpus = MentionIndex(records: try MentionCorpusTests.records())
        let sentences = try String(contentsOf: MentionCorpusTests.folder().appendingPathComponent("no-warnings.txt"), encoding: .utf8)
        #expect(unknown(sentences, corpus) == [])
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/HallyuApp/Resources/Demo")
        let index = MentionIndex(records: try MentionCorpusTests.records(from: demo.appendingPathComponent("knowledge.json")))
        var found: [String] = []
        for file in try FileManager.default.contentsOfDirectory(at: demo.appendingPathComponent("articles"), includingPropertiesForKeys: nil)
        where file.pathExtension == "md" {
            found += unknown(try String(contentsOf: file, encoding: .utf8), index).map { "\(file.lastPathComponent): \($0)" }
        }
        #expect(found == [])
    }
}
