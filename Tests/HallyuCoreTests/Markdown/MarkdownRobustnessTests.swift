import Foundation
import HallyuCore
import Testing

/// Parsing must never trap and never take long, whatever the input.
///
/// The random inputs come from a fixed seed, so a failure reproduces; set `HALLYU_FUZZ_SEED` to
/// explore other inputs and `HALLYU_FUZZ_VERBOSE=1` to print each input's number before it is
/// parsed (the last number printed before a crash is the culprit).
@Suite struct MarkdownRobustnessTests {
    private static let iterations = 100_000
    private static let timeLimit = 0.050

    /// Documents that once broke other parsers, and a sample of everything we support.
    private static let seedDocuments = [
        "Line 1\n\n<p\n\nLine 2",
        "\n---\n\n\n",
        """
        # 오징어 게임 *Squid Game*

        > Quote
        > — Lee Jung-jae

        - [[Lee Jung-jae]] and [[정호연|Jung Ho-yeon]]
          1. nested `code` **strong** _em_
        ---
        | a | b |
        |:-|-:|
        | 1 | 2 |

        https://www.youtube.com/watch?v=dQw4w9WgXcQ

        ```swift
        let x = 1
        ```
        [ref]: https://example.com "Title"
        [ref] ![img](/a.png) <https://a.b> <a@b.co> &amp; \\* <span>
        """,
    ]

    private func corpus() -> [String] {
        var documents = Self.seedDocuments
        if let url = SpecExamples.specURL(), let examples = try? SpecExamples.load(url) {
            documents += examples.map(\.markdown)
        }
        return documents
    }

    /// Parses and renders, returning the seconds taken; slow inputs are timed again so that a
    /// busy machine's hiccup is not mistaken for a slow parse.
    private func timedRender(_ input: String, options: MarkdownOptions) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            let document = Markdown.parse(input, options: options)
            _ = MarkdownHTMLRenderer(options: options).render(document)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
            if best < Self.timeLimit / 5 { break }
        }
        return best
    }

    @Test func randomAndMutatedInputsNeverTrapAndStayFast() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["HALLYU_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x4841_4C4C_5955
        let verbose = environment["HALLYU_FUZZ_VERBOSE"] == "1"
        var generator = MarkdownInputGenerator(seed: seed, corpus: corpus())
        _ = renderHTML("&copy; warm-up")

        var slowest = 0.0
        var slowestIndex = 0
        var totalBytes = 0
        let started = Date()
        for index in 0..<Self.iterations {
            let input = generator.next()
            if verbose { print("input \(index): \(input.debugDescription)") }
            totalBytes += input.utf8.count
            let options: MarkdownOptions = index % 4 == 0 ? .commonMark : .standard
            let seconds = timedRender(input, options: options)
            if seconds > slowest {
                slowest = seconds
                slowestIndex = index
            }
            if index % 10 == 0 {
                let document = Markdown.parse(input)
                let html = MarkdownHTMLRenderer(resolveEntity: { EntityLinkTarget(href: "/e/\($0)", kind: "person") })
                    .render(document)
                let problems = HTMLSafetyCheck.violations(in: html)
                #expect(problems == [], "input \(index) with seed \(seed): \(input.debugDescription)")
                _ = MarkdownPlainText.render(document)
                _ = MarkdownPlainText.excerpt(document, maxCharacters: 80)
                _ = MarkdownPlainText.wordCount(input)
            }
        }
        print(
            String(
                format: "randomized Markdown: %d inputs (%d KB, seed %llu) in %.1f s; slowest parse+render %.2f ms (input %d)",
                Self.iterations, totalBytes / 1024, seed, Date().timeIntervalSince(started), slowest * 1000, slowestIndex))
        #expect(slowest < Self.timeLimit, "input \(slowestIndex) with seed \(seed)")
    }

    /// How many times a marker is repeated: the sizes named in the requirements in optimised
    /// builds, smaller ones in debug builds, which run several times slower.
    #if DEBUG
        private static let size = 10_000
    #else
        private static let size = 50_000
    #endif

    /// Inputs built to make naive parsers quadratic or deeply recursive.
    static let adversarialInputs: [(name: String, text: String)] = [
        ("nested brackets", String(repeating: "[", count: size) + "a" + String(repeating: "]", count: size)),
        ("nested emphasis", String(repeating: "*", count: size) + "a" + String(repeating: "*", count: size)),
        ("nested quotes", String(repeating: ">", count: size) + " a"),
        ("nested list markers", String(repeating: "- ", count: size) + "a"),
        ("ordered markers", String(repeating: "1. ", count: size) + "a"),
        ("backticks", String(repeating: "`", count: size * 2)),
        ("backtick ladder", (1...200).map { String(repeating: "`", count: $0) + "a" }.joined()),
        ("emphasis openers", String(repeating: "*a **b ", count: size / 5)),
        ("unclosed links", String(repeating: "[a](<b", count: size / 4)),
        ("unbalanced destinations", String(repeating: "[a](b", count: size / 8)),
        ("links in brackets", String(repeating: "[", count: size / 4) + String(repeating: "[a](b)", count: size / 4)),
        ("entity link openers", String(repeating: "[[", count: size)),
        ("html comments", String(repeating: "<!--", count: size / 2)),
        ("html attributes", String(repeating: "<a href=\"", count: size / 4)),
        ("nested images", String(repeating: "![", count: size / 4) + "a" + String(repeating: "](b)", count: size / 4)),
        ("table rows", "a|b\n-|-\n" + String(repeating: "x|y\n", count: size / 10)),
        (
            "wide table",
            String(repeating: "|", count: 3_000) + "\n" + String(repeating: "|-", count: 2_999) + "|\n"
                + String(repeating: "x\n", count: size / 4)
        ),
        ("definition before table candidates", "[a]: /u '\n" + String(repeating: "x\n-|-\n", count: size / 10)),
    ]

    @Test func adversarialInputsStayFast() throws {
        _ = renderHTML("warm-up")
        for (name, text) in Self.adversarialInputs {
            for options in [MarkdownOptions.standard, .commonMark] {
                let seconds = timedRender(text, options: options)
                print(String(format: "adversarial %@ (%d KB): %.2f ms", name, text.utf8.count / 1024, seconds * 1000))
                #expect(seconds < Self.timeLimit, "\(name)")
            }
        }
    }

    /// Quadrupling the input must not take much more than four times as long.
    @Test func pathologicalInputsScaleLinearly() throws {
        let families: [(String, (Int) -> String)] = [
            ("brackets", { String(repeating: "[", count: $0) + String(repeating: "]", count: $0) }),
            ("emphasis", { String(repeating: "*a ", count: $0) + String(repeating: " a*", count: $0) }),
            ("quotes", { String(repeating: "> ", count: $0) + "a" }),
            ("list items", { String(repeating: "- ", count: $0) + "a" }),
            ("backticks", { (1...$0 / 25).map { String(repeating: "`", count: $0 % 40 + 1) + "a" }.joined() }),
            ("links", { String(repeating: "[", count: $0) + String(repeating: "[a](b)", count: $0) }),
            ("entity links", { String(repeating: "[[a", count: $0) }),
        ]
        _ = renderHTML("warm-up")
        for (name, make) in families {
            let small = timedRender(make(2_500), options: .standard)
            let large = timedRender(make(10_000), options: .standard)
            print(String(format: "scaling %@: %.2f ms -> %.2f ms for 4x the input", name, small * 1000, large * 1000))
            #expect(large < max(small, 0.0005) * 10, "\(name)")
        }
    }

    @Test func inkInputs() throws {
        #expect(renderHTML("Line 1\n\n<p\n\nLine 2").components(separatedBy: "<p>").count - 1 == 3)
        #expect(renderHTML("\n---\n\n\n") == "<hr />\n")
    }
}
