import Foundation
import HallyuCore
import Testing

/// Runs the CommonMark spec's examples through the parser in spec mode.
@Suite struct CommonMarkConformanceTests {
    /// Raw HTML is shown as text on purpose, so these sections cannot pass and are left out.
    private static let excludedSections: Set<String> = ["HTML blocks", "Raw HTML"]

    @Test func specExamplesPassInSpecMode() throws {
        guard let url = SpecExamples.specURL() else {
            print("CommonMark conformance skipped: spec file absent (../shared/data/commonmark/spec.txt or $HALLYU_SHARED_DATA)")
            try Test.cancel("CommonMark conformance skipped: spec file absent")
        }
        let examples = try SpecExamples.load(url)
        #expect(examples.count > 600, "the spec should have its ~650 examples")

        var sections: [String] = []
        var results: [String: (passed: Int, total: Int, failed: [Int])] = [:]
        for example in examples {
            let document = Markdown.parse(example.markdown, options: .commonMark)
            let html = MarkdownHTMLRenderer(options: .commonMark).render(document)
            let passed = HTMLNormaliser.normalise(html) == HTMLNormaliser.normalise(example.html)
            if results[example.section] == nil { sections.append(example.section) }
            var result = results[example.section] ?? (0, 0, [])
            result.total += 1
            if passed { result.passed += 1 } else { result.failed.append(example.number) }
            results[example.section] = result
        }

        var passed = 0
        var total = 0
        for section in sections {
            guard let result = results[section] else { continue }
            let excluded = Self.excludedSections.contains(section)
            let failures = result.failed.isEmpty ? "" : "  failed: " + result.failed.map(String.init).joined(separator: " ")
            print("\(section): \(result.passed)/\(result.total)\(excluded ? " (excluded)" : "")\(failures)")
            if !excluded {
                passed += result.passed
                total += result.total
            }
        }
        let ratio = Double(passed) / Double(max(total, 1))
        print("CommonMark conformance: \(passed)/\(total) (\(String(format: "%.1f", ratio * 100))%) outside raw HTML sections")
        #expect(ratio >= 0.9)
    }
}
