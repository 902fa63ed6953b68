import Foundation
import HallyuTestSupport
import Testing

@testable import HallyuApp
@testable import HallyuCore

/// The linker and the name check measured on the labelled corpus in Fixtures/names-at-scale,
/// with both imports loaded: K-entertainment reports (every expected link and planted
/// misspelling labelled) and ordinary English full of words that are stage names (nothing to
/// link, nothing to flag). Each document belongs to the `tune` or the `held-out` set; the targets
/// hold on each.
@Suite("Name corpus at scale")
struct NameCorpusAtScaleTests {
    struct Score {
        var found = 0, wrong = 0, missed = 0
        var plantedFound = 0, planted = 0, falseWarnings = 0
        var ordinaryWords = 0, ordinaryLinks = 0, ordinaryWarnings = 0
        var notes: [String] = []

        var precision: Double { Double(found) / Double(max(found + wrong, 1)) }
        var recall: Double { Double(found) / Double(max(found + missed, 1)) }
        var ordinaryLinksPerThousand: Double { Double(ordinaryLinks) * 1000 / Double(max(ordinaryWords, 1)) }
        var ordinaryWarningsPerThousand: Double { Double(ordinaryWarnings) * 1000 / Double(max(ordinaryWords, 1)) }

        var summary: String {
            String(
                format: "links precision %.3f recall %.3f (%d right, %d wrong, %d missed); misspellings found %d/%d, "
                    + "%d false warnings in reports; ordinary text: %d words, %.2f false links and %.2f false warnings per 1,000",
                precision, recall, found, wrong, missed, plantedFound, planted, falseWarnings, ordinaryWords,
                ordinaryLinksPerThousand, ordinaryWarningsPerThousand)
        }
    }

    static func documents(_ folder: String) throws -> [(name: String, labelled: LabelledText)] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/names-at-scale/\(folder)", withExtension: nil))
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { ($0.lastPathComponent, LabelledText(try String(contentsOf: $0, encoding: .utf8))) }
    }

    /// Labels that name their entity by a name the knowledge base does not hold ("Pinocchio"
    /// for a drama the list knows only as 피노키오): no linker could find them, so the corpus
    /// leaves them out. Returns them as `FILE: {TEXT|EXPECT}`.
    static func unknownNames(in documents: [(name: String, labelled: LabelledText)], index: MentionIndex) -> [String] {
        var found: [String] = []
        for (name, document) in documents {
            for label in document.labels where label.expect.contains("/") && !label.expect.hasPrefix("misspelt:") {
                let pattern = index.pattern(exactly: Array(NameKey.make(label.text).unicodeScalars))
                let targets = pattern.map { index.entries[$0].map { index.records[$0.record].target.description } } ?? []
                if !targets.contains(label.expect) { found.append("\(name): {\(label.text)|\(label.expect)}") }
            }
        }
        return found
    }

    /// The words around a span, for the report.
    static func around(_ start: Int, _ end: Int, _ text: String) -> String {
        let utf16 = Array(text.utf16)
        let from = max(0, start - 40), to = min(utf16.count, end + 40)
        return String(decoding: utf16[from..<start], as: UTF16.self).replacingOccurrences(of: "\n", with: " ") + "["
            + String(decoding: utf16[start..<end], as: UTF16.self)
            + "]" + String(decoding: utf16[end..<to], as: UTF16.self).replacingOccurrences(of: "\n", with: " ")
    }

    static func score(
        reports: [(name: String, labelled: LabelledText)], ordinary: [(name: String, labelled: LabelledText)], index: MentionIndex
    ) -> Score {
        var score = Score()
        for (name, document) in reports {
            let analysis = index.analyze(document.text, subjects: document.subjects)
            let links = document.labels.filter { $0.expect.contains("/") && !$0.expect.hasPrefix("misspelt:") }
            for mention in analysis.mentions {
                if links.contains(where: { $0.start == mention.start && $0.end == mention.end && $0.expect == mention.target.description }) {
                    score.found += 1
                } else {
                    score.wrong += 1
                    score.notes.append(
                        "\(name): linked “\(mention.text)” → \(mention.target) in “\(Self.around(mention.start, mention.end, document.text))”")
                }
            }
            for link in links
            where !analysis.mentions.contains(where: { $0.start == link.start && $0.end == link.end && $0.target.description == link.expect }) {
                score.missed += 1
                score.notes.append("\(name): missed “\(link.text)” → \(link.expect) in “\(Self.around(link.start, link.end, document.text))”")
            }
            let planted = document.labels.filter { $0.expect.hasPrefix("misspelt:") }
            score.planted += planted.count
            let warnings = index.misspellings(in: document.text, analysis: analysis)
            for slip in planted
            where !warnings.contains(where: {
                $0.start < slip.end && slip.start < $0.end && $0.suggestions.contains { "misspelt:\($0)" == slip.expect }
            }) {
                score.notes.append(
                    "\(name): planted “\(slip.text)” (\(slip.expect)) not flagged in “\(Self.around(slip.start, slip.end, document.text))”")
            }
            for warning in warnings {
                let meant = planted.first { $0.start < warning.end && warning.start < $0.end }
                if let meant, warning.suggestions.contains(where: { "misspelt:\($0)" == meant.expect }) {
                    score.plantedFound += 1
                } else {
                    score.falseWarnings += 1
                    score.notes.append("\(name): “\(warning.text)” flagged as a misspelling of \(warning.closest)")
                }
            }
        }
        for (name, document) in ordinary {
            score.ordinaryWords += document.text.split(whereSeparator: { $0.isWhitespace }).count
            let analysis = index.analyze(document.text, subjects: document.subjects)
            for mention in analysis.mentions {
                score.ordinaryLinks += 1
                score.notes.append("\(name): linked “\(mention.text)” → \(mention.target)")
            }
            for warning in index.misspellings(in: document.text, analysis: analysis) {
                score.ordinaryWarnings += 1
                score.notes.append("\(name): “\(warning.text)” flagged as a misspelling of \(warning.closest)")
            }
        }
        return score
    }

    @Test func linksAndWarningsMeetTheTargets() async throws {
        let reports = try Self.documents("reports")
        let ordinary = try Self.documents("ordinary")
        #expect(reports.count >= 60 && ordinary.count >= 40)
        try await RealScaleKnowledge.withLoadedApp { app in
            let index = try await app.mentionIndexCache.index(on: app.db)
            print("Name corpus at scale: \(index.keyCount) name keys")
            let unknown = Self.unknownNames(in: reports, index: index)
            #expect(unknown.isEmpty, "labels the knowledge base has no such name for:\n\(unknown.joined(separator: "\n"))")
            for set in ["tune", "held-out"] {
                let score = Self.score(
                    reports: reports.filter { $0.labelled.fields["set"] == set },
                    ordinary: ordinary.filter { $0.labelled.fields["set"] == set }, index: index)
                print("Name corpus at scale, \(set): \(score.summary)")
                // Every miss and false alarm, in a file: too long for the test log.
                let report = FileManager.default.temporaryDirectory.appendingPathComponent("names-at-scale-\(set).txt")
                try (score.notes.joined(separator: "\n") + "\n").write(to: report, atomically: true, encoding: .utf8)
                print("Name corpus at scale, \(set): the details are in \(report.path)")
                #expect(score.found + score.missed >= 200, "\(set): enough labelled links")
                #expect(score.precision >= 0.98, "\(set)")
                #expect(score.recall >= 0.95, "\(set)")
                #expect(score.planted >= 10 && Double(score.plantedFound) >= 0.9 * Double(score.planted), "\(set): planted misspellings")
                #expect(score.ordinaryWords >= 4000, "\(set)")
                #expect(score.ordinaryLinksPerThousand <= 0.5, "\(set)")
                #expect(score.ordinaryWarningsPerThousand <= 0.5, "\(set)")
            }
        }
    }
}
