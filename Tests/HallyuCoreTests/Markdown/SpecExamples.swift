import Foundation
import HallyuTestSupport

/// The examples of the CommonMark spec file, as its own test runner reads them.
struct SpecExample {
    let number: Int
    let section: String
    let markdown: String
    let html: String
}

enum SpecExamples {
    /// `spec.txt` from the shared data folder (`SharedData`).
    static func specURL() -> URL? {
        SharedData.file("commonmark/spec.txt")
    }

    static func load(_ url: URL) throws -> [SpecExample] {
        parse(try String(contentsOf: url, encoding: .utf8))
    }

    /// Examples sit between a line of 32 backticks plus " example" and a line of 32 backticks,
    /// with a "." line between the Markdown and the HTML; "→" stands for a tab.
    static func parse(_ spec: String) -> [SpecExample] {
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var section = ""
        var state = 0
        var markdown: [Substring] = []
        var html: [Substring] = []
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            switch state {
            case 0:
                if line == fence + " example" {
                    state = 1
                    markdown = []
                    html = []
                } else if line.hasPrefix("#"), let space = line.firstIndex(of: " "),
                    line[..<space].allSatisfy({ $0 == "#" })
                {
                    section = String(line[line.index(after: space)...])
                }
            case 1:
                if line == "." { state = 2 } else { markdown.append(line) }
            default:
                if line == fence {
                    state = 0
                    examples.append(
                        SpecExample(
                            number: examples.count + 1,
                            section: section,
                            markdown: tabs(markdown),
                            html: tabs(html)
                        ))
                } else {
                    html.append(line)
                }
            }
        }
        return examples
    }

    private static func tabs(_ lines: [Substring]) -> String {
        lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
    }
}

/// A modest HTML normaliser in the spirit of the spec runner's: whitespace next to block-level
/// tags does not count, everything else (including whitespace inside `<pre>`) does.
enum HTMLNormaliser {
    private static let blockTags: Set<String> = [
        "p", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "table",
        "thead", "tbody", "tr", "th", "td", "div", "figure", "figcaption",
    ]

    static func normalise(_ html: String) -> String {
        var tokens: [(text: String, isTag: Bool)] = []
        var current = ""
        var inTag = false
        for character in html.replacingOccurrences(of: "\r\n", with: "\n") {
            if character == "<" && !inTag {
                if !current.isEmpty { tokens.append((current, false)) }
                current = "<"
                inTag = true
            } else if character == ">" && inTag {
                current.append(">")
                tokens.append((current, true))
                current = ""
                inTag = false
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append((current, inTag)) }

        var output = ""
        var preDepth = 0
        for (index, token) in tokens.enumerated() {
            if token.isTag {
                let name = tagName(token.text)
                if name == "pre" { preDepth += 1 } else if name == "/pre" { preDepth = max(0, preDepth - 1) }
                output += token.text
                continue
            }
            var text = Substring(token.text)
            if preDepth == 0 {
                if index > 0, isBlockTag(tokens[index - 1]) { text = text.drop(while: \.isWhitespace) }
                if index + 1 < tokens.count, isBlockTag(tokens[index + 1]) {
                    while let last = text.last, last.isWhitespace { text = text.dropLast() }
                }
            }
            output += text
        }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// "pre" or "/pre" for those tags, the lowercased name otherwise.
    private static func tagName(_ tag: String) -> String {
        String(tag.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "/" }).lowercased()
    }

    private static func isBlockTag(_ token: (text: String, isTag: Bool)) -> Bool {
        guard token.isTag else { return false }
        var name = Substring(token.text.dropFirst())
        if name.first == "/" { name = name.dropFirst() }
        let word = name.prefix { $0.isLetter || $0.isNumber }.lowercased()
        return blockTags.contains(word)
    }
}
