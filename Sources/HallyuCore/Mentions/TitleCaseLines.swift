/// The lines of a text written in Title Case: headlines and teasers such as "Read more: IU and
/// BLACKPINK’s Lisa Look Great Together, See Their Photos!". In them every word is capitalised,
/// so a capital letter says nothing about a name: "Lisa Look" is Lisa followed by a verb, not a
/// longer name, and a name made of ordinary words ("My Name") needs the same evidence as a
/// one-word name that is an English word.
struct TitleCaseLines {
    /// For each source scalar's line, whether that line is Title Case; looked up by line number.
    private var lineStarts: [Int] = [0]
    private var isTitleCase: [Bool] = []

    /// Words a Title Case line may leave in lower case.
    static let smallWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "than", "is", "are", "be",
    ]

    init(_ source: [Unicode.Scalar]) {
        var start = 0
        for index in 0...source.count where index == source.count || source[index] == "\n" {
            isTitleCase.append(Self.judge(Self.withoutLabel(source[start..<index])))
            start = index + 1
            if index < source.count { lineStarts.append(start) }
        }
    }

    /// Whether the scalar at `index` sits on a Title Case line.
    func contains(_ index: Int) -> Bool {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return isTitleCase[low]
    }

    /// A teaser's line without its label ("You might like:", "Read more:"), which is written
    /// as a sentence whatever follows: up to three words before the first colon.
    private static func withoutLabel(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard let colon = line.prefix(24).firstIndex(of: ":"),
            line[line.startIndex..<colon].filter({ $0 == " " }).count <= 2
        else { return line }
        return line[(colon + 1)...]
    }

    /// A line is Title Case when at least three of its words that are not small words are
    /// capitalised, at least two of those are ordinary English words (a list of names alone is
    /// no headline), and at most one word in eight is an English word left in lower case (a name
    /// styled in lower case, "aespa", is no such word). Words are classed by their first letter
    /// without making strings; only a line that may pass is asked about its words' meaning.
    private static func judge(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var capitalisedWords: [Range<Int>] = []
        var lowercaseWords: [Range<Int>] = []
        var index = line.startIndex
        while index < line.endIndex {
            guard MentionBoundaries.isWordCharacter(line[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < line.endIndex,
                MentionBoundaries.isWordCharacter(line[index])
                    || ((line[index] == "'" || line[index] == "\u{2019}" || line[index] == "-") && index + 1 < line.endIndex
                        && MentionBoundaries.isWordCharacter(line[index + 1]))
            {
                index += 1
            }
            if isSmallWord(line[start..<index]) { continue }
            let first = line[start]
            if first.value < 0x80 ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase {
                capitalisedWords.append(start..<index)
            } else if first.value < 0x80 ? (0x61...0x7A).contains(first.value) : first.properties.isLowercase {
                lowercaseWords.append(start..<index)
            }
        }
        guard capitalisedWords.count >= 3 else { return false }
        let allowed = (capitalisedWords.count + lowercaseWords.count) / 8
        // Two names styled in lower case at most; more lower case is prose, without looking.
        guard lowercaseWords.count <= allowed + 2 else { return false }
        if lowercaseWords.count > allowed {
            var english = 0
            for word in lowercaseWords where KnownWords.contains(String(String.UnicodeScalarView(line[word]))) {
                english += 1
                if english > allowed { return false }
            }
        }
        var ordinary = 0
        for word in capitalisedWords where KnownWords.contains(String(String.UnicodeScalarView(line[word]))) {
            ordinary += 1
            if ordinary == 2 { return true }
        }
        return false
    }

    /// Whether a word is one of `smallWords`, in any capitals, compared letter by letter.
    private static func isSmallWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= 4 else { return false }
        var packed: UInt32 = 0
        for scalar in word {
            guard scalar.value < 0x80 else { return false }
            packed = packed << 8 | (scalar.value | 0x20)
        }
        return packedSmallWords.contains(packed)
    }

    private static let packedSmallWords: Set<UInt32> = Set(
        smallWords.map { $0.unicodeScalars.reduce(UInt32(0)) { $0 << 8 | $1.value } })
}
