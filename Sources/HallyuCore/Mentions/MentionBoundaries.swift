/// Decides which raw matches are names in the text: whole words only (a Korean particle may
/// follow a Hangul name), written like names (capitalised, or exactly as an editor typed them),
/// not a sentence-opening "Nevertheless," nor part of a longer capitalised name; then keeps the
/// leftmost, longest of overlapping matches.
struct MentionBoundaries {
    let folded: FoldedText
    let exactNames: Set<String>
    let apostropheNames: Set<String>
    /// Headlines and teasers, where a capitalised neighbour is no sign of a longer name.
    let titleCase: TitleCaseLines
    /// Whether every entity answering to a pattern is a title, the only kind whose one-word
    /// names ("Nevertheless") double as sentence openers.
    let namesOnlyTitles: (Int) -> Bool

    /// Particles that may follow a Hangul name in the same word (한소희는, 송강이).
    static let particles: Set<String> = [
        "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "만", "에게", "한테", "이랑", "랑", "께서",
        "에", "에서", "으로", "로", "씨", "님", "이나", "나", "까지", "부터", "처럼", "보다", "하고", "에겐", "와의", "과의",
        "에게서", "로서", "으로서", "와는", "과는", "에는", "에서는", "도요", "만큼",
        // The copula, which attaches to a name the same way: 제니였다, 바비다.
        "다", "이다", "였다", "이었다", "야", "이야", "예요", "이에요", "입니다", "이고", "고", "라는", "이라는", "라고", "이라고",
        "이며", "며", "이면", "면", "이자", "자",
    ]

    func select(_ spans: [MentionIndex.Span]) -> [MentionIndex.Span] {
        let valid = spans.filter(isName).sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var chosen: [MentionIndex.Span] = []
        var reached = 0
        for span in valid where span.start >= reached {
            chosen.append(span)
            reached = span.end
        }
        return chosen
    }

    private var source: [Unicode.Scalar] { folded.source }

    /// The patterns of one Latin word that the text also writes in lower case as a word of its
    /// own, or with a plural ending ("snowdrop", "snowdrops"), unless that is how the name is
    /// spelt ("aespa").
    func usedAsWords(_ spans: [MentionIndex.Span]) -> Set<Int> {
        var used: Set<Int> = []
        for span in spans where !used.contains(span.pattern) && startsWord(span.start) {
            guard let first = source[span.start..<span.end].first, first.properties.isLowercase,
                !source[span.start..<span.end].contains(where: { !Self.isWordCharacter($0) })
            else { continue }
            var end = span.end
            if end < source.count, source[end] == "s" {
                end += 1
            } else if end + 1 < source.count, source[end] == "e", source[end + 1] == "s" {
                end += 2
            }
            guard end >= source.count || !Self.isWordCharacter(source[end]) else { continue }
            if exactNames.contains(String(String.UnicodeScalarView(source[span.start..<span.end]))) { continue }
            used.insert(span.pattern)
        }
        return used
    }

    private func isName(_ span: MentionIndex.Span) -> Bool {
        guard startsWord(span.start), endsWord(span) else { return false }
        let text = String(String.UnicodeScalarView(source[span.start..<span.end]))
        if Hangul.containsSyllables(text) { return true }
        if text.unicodeScalars.contains(where: { $0 == "'" || $0 == "\u{2019}" }),
            !apostropheNames.contains(MentionIndex.apostropheForm(text))
        {
            return false
        }
        if !exactNames.contains(text) && !isCapitalised(text) { return false }
        if isOpeningConjunction(span) { return false }
        return !isInsideLongerName(span, text)
    }

    /// Hyphens and apostrophes between letters join a word ("Kang-ho", "Ji-soo's" is handled by
    /// the apostrophe ending the name).
    func startsWord(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        if source[index - 1] == "-", index > 1, Self.isWordCharacter(source[index - 2]) { return false }
        return !Self.isWordCharacter(source[index - 1])
    }

    private func endsWord(_ span: MentionIndex.Span) -> Bool {
        // "Mamamoo+" is another name than Mamamoo.
        if span.end < source.count, source[span.end] == "+" { return false }
        if span.end + 1 < source.count, source[span.end] == "-", Self.isWordCharacter(source[span.end + 1]) { return false }
        guard span.end < source.count, Self.isWordCharacter(source[span.end]) else { return true }
        // A particle may follow a Hangul name: the rest of the Hangul word must be one.
        guard HangulSyllable(source[span.end - 1]) != nil else { return false }
        var tail = String.UnicodeScalarView()
        var index = span.end
        while index < source.count, HangulSyllable(source[index]) != nil {
            tail.append(source[index])
            index += 1
        }
        if index < source.count, Self.isWordCharacter(source[index]) { return false }
        return Self.particles.contains(String(tail))
    }

    /// Every word starts with a capital letter (or is not a letter at all: 1988).
    private func isCapitalised(_ text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " }).allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return true }
            return !first.properties.isLowercase
        }
    }

    /// "Nevertheless, she…": a one-word title opening a sentence and followed by a comma is the
    /// ordinary word. ("Jennie, …" is still Jennie.)
    private func isOpeningConjunction(_ span: MentionIndex.Span) -> Bool {
        guard namesOnlyTitles(span.pattern), span.end < source.count, source[span.end] == ",",
            !source[span.start..<span.end].contains(" ")
        else { return false }
        var index = span.start - 1
        while index >= 0, source[index] == " " { index -= 1 }
        return index < 0 || ".!?\n#>-*".unicodeScalars.contains(source[index]) || Self.opensQuotation(source[index])
    }

    /// "Lisa" in "Mona Lisa", "My Name" in "My Name Is Kim Sam-soon": a capitalised word right
    /// before or after makes it part of a longer name, unless that word opens the sentence or is
    /// a possessive ("Netflix's Sweet Home").
    private func isInsideLongerName(_ span: MentionIndex.Span, _ text: String) -> Bool {
        if titleCase.contains(span.start) { return false }
        // A name in its own capitals keeps them beside others: "SBS Power FM" names SBS.
        if exactNames.contains(text), text.count > 1, text.allSatisfy({ !$0.isLowercase }) { return false }
        if let before = word(endingBefore: span.start), before.text.first?.isUppercase == true,
            !before.text.hasSuffix("'s"), !before.text.hasSuffix("\u{2019}s"), !opensSentence(before.start),
            !Self.honorifics.contains(before.text)
        {
            return true
        }
        if span.end + 1 < source.count, source[span.end] == " ", source[span.end + 1].properties.isUppercase {
            return true
        }
        return false
    }

    private func word(endingBefore index: Int) -> (text: String, start: Int)? {
        guard index >= 2, source[index - 1] == " " else { return nil }
        var start = index - 1
        while start > 0, !Self.isSpaceOrPunctuation(source[start - 1]) { start -= 1 }
        guard start < index - 1 else { return nil }
        return (String(String.UnicodeScalarView(source[start..<(index - 1)])), start)
    }

    private func opensSentence(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, source[position] == " " { position -= 1 }
        return position < 0 || ".!?\n#>-*:\"(".unicodeScalars.contains(source[position])
            || Self.opensQuotation(source[position]) || Self.endsSentence(source[position])
    }

    /// Opening quotation marks and brackets, straight, typographic and full-width: what follows
    /// one starts afresh, as after a full stop.
    static func opensQuotation(_ scalar: Unicode.Scalar) -> Bool {
        "\"\u{201C}\u{2018}\u{00AB}\u{300C}\u{300E}\u{FF08}\u{FF02}\u{FF07}([".unicodeScalars.contains(scalar)
    }

    /// Full-width and ideographic sentence ends (。！？：) count like their ASCII forms.
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        "\u{3002}\u{FF01}\u{FF1F}\u{FF1A}\u{FF0E}".unicodeScalars.contains(scalar)
    }

    /// Titles written before a name, which do not make it part of a longer one ("Dr Ji Sun-woo").
    static let honorifics: Set<String> = [
        "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Prof", "Prof.", "Professor", "Captain", "Detective",
        "Officer", "Director", "Judge", "President", "CEO", "Chairman", "Chairwoman", "Sergeant", "General", "Lieutenant",
        "Lady", "Lord", "Sir", "Dame", "King", "Queen", "Prince", "Princess", "Actor", "Actress", "Singer", "Rapper",
    ]

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic
        }
    }

    private static func isSpaceOrPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || ",;:()\".!?".unicodeScalars.contains(scalar)
            || opensQuotation(scalar) || endsSentence(scalar)
    }
}

/// Source positions as UTF-16 and UTF-8 offsets. The offsets are kept for every 64th scalar
/// only and counted on from there, so a long text costs a small table, not two numbers per
/// character.
struct TextOffsets {
    private static let stride = 64
    private let scalars: [Unicode.Scalar]
    private var utf16: [Int] = []
    private var utf8: [Int] = []

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        utf16.reserveCapacity(scalars.count / Self.stride + 1)
        utf8.reserveCapacity(scalars.count / Self.stride + 1)
        var sixteen = 0, eight = 0
        for (index, scalar) in scalars.enumerated() {
            if index % Self.stride == 0 {
                utf16.append(sixteen)
                utf8.append(eight)
            }
            sixteen += UTF16.width(scalar)
            eight += UTF8.width(scalar)
        }
        if scalars.count % Self.stride == 0 {
            utf16.append(sixteen)
            utf8.append(eight)
        }
    }

    /// The UTF-16 and UTF-8 offsets of scalar `index` (which may be the end of the text).
    private func offsets(_ index: Int) -> (utf16: Int, utf8: Int) {
        let checkpoint = index / Self.stride
        var sixteen = utf16[checkpoint], eight = utf8[checkpoint]
        for scalar in scalars[(checkpoint * Self.stride)..<index] {
            sixteen += UTF16.width(scalar)
            eight += UTF8.width(scalar)
        }
        return (sixteen, eight)
    }

    func range(_ start: Int, _ end: Int) -> (Int, Int, Int, Int) {
        let (start16, start8) = offsets(start), (end16, end8) = offsets(end)
        return (start16, end16, start8, end8)
    }

    /// The scalar index at a UTF-16 offset (the first one at or after it).
    func scalarIndex(ofUTF16 offset: Int) -> Int {
        var low = 0, high = utf16.count - 1
        // The last checkpoint at or before the offset, then on scalar by scalar.
        while low < high {
            let middle = (low + high + 1) / 2
            if utf16[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var index = low * Self.stride
        var sixteen = utf16[low]
        while index < scalars.count, sixteen < offset {
            sixteen += UTF16.width(scalars[index])
            index += 1
        }
        return index
    }
}
