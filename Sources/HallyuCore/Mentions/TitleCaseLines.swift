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
    /// no headline), and at most one word in eight is left in lower case (one always may: a
    /// name styled in lower case, "aespa").
    private static func judge(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var capitalised = 0, ordinaryCapitalised = 0, lowercase = 0
        var word = String.UnicodeScalarView()
        func finish() {
            defer { word.removeAll(keepingCapacity: true) }
            guard let first = word.first else { return }
            let text = String(word)
            if smallWords.contains(text.lowercased()) { return }
            if first.properties.isUppercase {
                capitalised += 1
                if KnownWords.contains(text) { ordinaryCapitalised += 1 }
            } else if first.properties.isLowercase {
                lowercase += 1
            }
        }
        for scalar in line {
            if MentionBoundaries.isWordCharacter(scalar) || (!word.isEmpty && "'\u{2019}-".unicodeScalars.contains(scalar)) {
                word.append(scalar)
            } else {
                finish()
            }
        }
        finish()
        return capitalised >= 3 && ordinaryCapitalised >= 2 && lowercase <= max(1, (capitalised + lowercase) / 8)
    }
}
