import HallyuCore

/// Markdown-ish inputs for the robustness tests: random fragments, deep nesting, and mutations
/// of real documents, each kept to `maximumBytes`.
struct MarkdownInputGenerator {
    static let maximumBytes = 2048

    /// Pieces of syntax, chosen to hit every construct and the seams between them.
    static let fragments: [String] = [
        "# ", "## ", "###### ", "####### ", "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "999999999. ", "1234567890. ",
        "    ", "   ", "\t", " \t", "\n", "\n\n", "\r\n", "\r", "  \n", "\\\n", "\\", "*", "**", "***", "_", "__",
        "`", "``", "```", "```swift\n", "~~~", "[", "]", "[]", "(", ")", "](", "](/u \"t\")", "[[", "]]", "[[Name|",
        "|", "| a | b |\n", "|---|:-:|\n", "---", "===", "- - -", "<", ">", "<div>", "</div>", "<p\n", "<!--", "-->",
        "<?", "?>", "<![CDATA[", "]]>", "<!X", "<a href=\"", "\"", "'", "<script>", "</script>", "<https://a.b/c>",
        "<a@b.co>", "&amp;", "&#", "&#x1F600;", "&copy", "&", "&nbsp;", "![", "![alt](/i.png)", "[x]: /url \"t\"\n",
        "[x]", "[x][]", "[x][y]", "http://", "https://youtu.be/dQw4w9WgXcQ", "\nhttps://x.com/a/status/1\n",
        "javascript:alert(1)", "data:text/html,x", "word ", "text", " ", "a", "Z9", "한국어 ", "드라마", "ㅋㅋ",
        "😀", "👩‍👩‍👧", "é", "\u{0}", "\u{FEFF}", "\u{3000}", "—", "— ", "-- ", ":", ":-", "-:", "0", "(", ")",
        "\n> — Name\n", "\u{200B}", "\u{301}",
    ]

    /// Characters for raw noise.
    static let noise = Array("abc XYZ 0123 #>*-+_`~[]()!<>&;|:=\\\"'\t\n\r한글ㅎ😀é—\u{0}")

    /// Markers that nest or pile up.
    static let nestable = ["> ", "- ", "1. ", "[", "*", "_", "`", "[[", "<", "![", "(", "**", "* ", ">", "    ", "\t"]

    var random: SeededRandom
    let corpus: [String]

    init(seed: UInt64, corpus: [String]) {
        random = SeededRandom(seed: seed)
        self.corpus = corpus
    }

    mutating func next() -> String {
        let text: String
        switch Int.random(in: 0..<10, using: &random) {
        case 0...3: text = fragmentSoup()
        case 4...5: text = nested()
        case 6...8: text = mutated(corpus[Int.random(in: 0..<corpus.count, using: &random)])
        default: text = noiseString()
        }
        return Self.limited(text)
    }

    private mutating func length() -> Int {
        Int.random(in: 0..<20, using: &random) == 0
            ? Int.random(in: 1...1000, using: &random)
            : Int.random(in: 1...80, using: &random)
    }

    private mutating func fragmentSoup() -> String {
        var text = ""
        for _ in 0..<length() { text += Self.fragments[Int.random(in: 0..<Self.fragments.count, using: &random)] }
        return text
    }

    private mutating func nested() -> String {
        let marker = Self.nestable[Int.random(in: 0..<Self.nestable.count, using: &random)]
        let depth = Int.random(in: 1...300, using: &random)
        var text = String(repeating: marker, count: depth) + "x"
        if Bool.random(using: &random) {
            let closer = ["]", "*", "_", "`", "]]", ">", "](u)", ")", "**"][Int.random(in: 0..<9, using: &random)]
            text += String(repeating: closer, count: Int.random(in: 0...depth, using: &random))
        }
        if Bool.random(using: &random) { text = Array(repeating: text, count: Int.random(in: 1...4, using: &random)).joined(separator: "\n") }
        return text
    }

    private mutating func noiseString() -> String {
        String((0..<length()).map { _ in Self.noise[Int.random(in: 0..<Self.noise.count, using: &random)] })
    }

    /// Inserts, deletes, duplicates and swaps pieces of a real document.
    private mutating func mutated(_ source: String) -> String {
        var characters = Array(source)
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0...characters.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0:
                let fragment = Self.fragments[Int.random(in: 0..<Self.fragments.count, using: &random)]
                characters.insert(contentsOf: fragment, at: position)
            case 1 where position < characters.count:
                let end = min(characters.count, position + Int.random(in: 1...10, using: &random))
                characters.removeSubrange(position..<end)
            case 2 where position < characters.count:
                let end = min(characters.count, position + Int.random(in: 1...40, using: &random))
                characters.insert(contentsOf: characters[position..<end], at: end)
            case 3 where position + 1 < characters.count:
                characters.swapAt(position, Int.random(in: 0..<characters.count, using: &random))
            default:
                characters.insert(Self.noise[Int.random(in: 0..<Self.noise.count, using: &random)], at: position)
            }
        }
        return String(characters)
    }

    /// Cuts text to `maximumBytes` of UTF-8 on a character boundary.
    static func limited(_ text: String) -> String {
        guard text.utf8.count > maximumBytes else { return text }
        var result = ""
        var bytes = 0
        for character in text {
            bytes += character.utf8.count
            if bytes > maximumBytes { break }
            result.append(character)
        }
        return result
    }
}
