/// Every name of every entity in one automaton, built once and shared; `analyze` finds and
/// resolves the names in a text.
public struct MentionIndex: Sendable {
    /// One entity answering to a pattern, in four bytes: the record's number, whether the
    /// pattern is only its given name, and whether it is an ordinary word too ("Lisa", "Joy",
    /// "Twice"), which names the entity only with evidence.
    struct Entry: Sendable, Hashable {
        private let packed: Int32

        init(record: Int, isGivenName: Bool, needsEvidence: Bool = false) {
            packed = Int32(record) << 2 | (needsEvidence ? 2 : 0) | (isGivenName ? 1 : 0)
        }

        var record: Int { Int(packed >> 2) }
        var isGivenName: Bool { packed & 1 == 1 }
        var needsEvidence: Bool { packed & 2 == 2 }
    }

    let records: [NameRecord]
    let automaton: NameAutomaton
    /// For each automaton pattern, the entities that answer to it.
    let entries: FlatLists<Entry>
    /// The exact spellings editors typed, so a name like "iKON" still matches without the
    /// capital letter ordinary names need.
    let exactNames: Set<String>
    /// The names written with an apostrophe ("Girls' Generation"), in `apostropheForm`: any other
    /// span with one is a contraction ("I’ve" is not IVE).
    let apostropheNames: Set<String>
    /// Related entities by target, both directions.
    let related: [MentionTarget: Set<MentionTarget>]
    /// Each pattern's letters, and the full-name patterns by the letter pairs they contain (with
    /// their first letter and length): the name check's look-up of near misses.
    let patternLetters: PatternLetters
    let pairIndex: LetterPairs.Postings
    /// The same for names written as one word (stage names, groups): a single word typed in a
    /// sentence is checked against these only.
    let oneWordPairIndex: LetterPairs.Postings
    /// Each full-name pattern's letter counts, for the name check's quick bound.
    let letterCounts: LetterCounts.Table
    /// Records by the initial consonants of their Hangul names (ㅎㅅㅎ → 한소희), for search.
    let initialsIndex: [String: [Int]]
    let names: [MentionTarget: String]

    public init(records: [NameRecord]) {
        var patternIndex: [String: Int] = [:]
        var entries: [[Entry]] = []
        var exactNames: Set<String> = []
        var apostropheNames: Set<String> = []
        var oneWordKeys: Set<String> = []
        func add(_ rawKey: String, _ entry: Entry) {
            // Styling punctuation at the end of a title ("Nevertheless,") is not matched in
            // running text, where the same mark belongs to the sentence.
            let key = Self.unstyled(rawKey)
            // A number ("15" from a title called 1%) or a single letter is no name in running text.
            guard key.contains(where: \.isLetter), key.count > 1 || Hangul.containsSyllables(key) else { return }
            if let index = patternIndex[key] {
                if !entries[index].contains(entry) { entries[index].append(entry) }
            } else {
                patternIndex[key] = entries.count
                entries.append([entry])
            }
        }
        var related: [MentionTarget: Set<MentionTarget>] = [:]
        for (index, record) in records.enumerated() {
            for name in record.names {
                add(NameKey.make(name), Entry(record: index, isGivenName: false, needsEvidence: OrdinaryNames.contains(Self.unstyled(name))))
                exactNames.insert(name)
                if name.contains(where: { $0 == "'" || $0 == "\u{2019}" }) { apostropheNames.insert(Self.apostropheForm(name)) }
                if !name.contains(where: { $0.isWhitespace || $0 == "-" }) { oneWordKeys.insert(NameKey.make(name)) }
            }
            if let hangul = record.hangulName {
                // A spelling made from the Hangul may be an English word: "China" for 지나.
                for key in NameVariants.keys(forHangul: hangul) {
                    add(key, Entry(record: index, isGivenName: false, needsEvidence: OrdinaryNames.containsKey(key)))
                }
                for name in KoreanName.readings(of: hangul) where name.given.count > 1 {
                    add(NameKey.make(name.given), Entry(record: index, isGivenName: true))
                    for spelling in NameVariants.givenSpellings(name.given) {
                        add(NameKey.make(spelling), Entry(record: index, isGivenName: true))
                    }
                }
            }
            for name in record.givenNames { add(NameKey.make(name), Entry(record: index, isGivenName: true)) }
            for other in record.related {
                related[record.target, default: []].insert(other)
                related[other, default: []].insert(record.target)
            }
        }
        let patterns = patternIndex.sorted { $0.value < $1.value }.map(\.key)
        let scalars = patterns.map { Array($0.unicodeScalars) }
        var pairIndex: [LetterPairs.Key: [LetterPairs.Posting]] = [:]
        var oneWordPairIndex: [LetterPairs.Key: [LetterPairs.Posting]] = [:]
        var letterCounts = LetterCounts.Table(rows: scalars.count)
        for (pattern, letters) in scalars.enumerated() where entries[pattern].contains(where: { !$0.isGivenName }) {
            guard let first = letters.first else { continue }
            letterCounts.add(letters, at: pattern)
            let oneWord = oneWordKeys.contains(patterns[pattern])
            var seen = Set<UInt64>()
            for (position, pair) in LetterPairs.of(letters).enumerated() where seen.insert(pair).inserted {
                let key = LetterPairs.Key(first: first, length: letters.count, pair: pair)
                let posting = LetterPairs.Posting(pattern: pattern, position: position)
                pairIndex[key, default: []].append(posting)
                if oneWord { oneWordPairIndex[key, default: []].append(posting) }
            }
        }
        var initials: [String: [Int]] = [:]
        for (index, record) in records.enumerated() {
            for name in Set(record.names + [record.hangulName].compactMap { $0 }) where Hangul.containsSyllables(name) {
                let key = Hangul.initials(name)
                if key.unicodeScalars.count >= 2, !(initials[key]?.contains(index) ?? false) { initials[key, default: []].append(index) }
            }
        }
        self.initialsIndex = initials
        self.names = Dictionary(
            records.compactMap { record in record.names.first.map { (record.target, $0) } },
            uniquingKeysWith: { first, _ in first })
        self.patternLetters = PatternLetters(patterns)
        self.pairIndex = LetterPairs.Postings(pairIndex)
        self.oneWordPairIndex = LetterPairs.Postings(oneWordPairIndex)
        self.letterCounts = letterCounts
        self.records = records
        self.automaton = NameAutomaton(patterns: patterns)
        self.entries = FlatLists(entries)
        self.exactNames = exactNames
        self.apostropheNames = apostropheNames
        self.related = related
    }

    /// A name without the punctuation a title may end in ("Nevertheless," is the word too).
    static func unstyled(_ name: String) -> String {
        var name = Substring(name)
        while let last = name.last, ",.!?".contains(last) { name.removeLast() }
        return String(name)
    }

    /// Lowercase, with curly apostrophes made straight.
    static func apostropheForm(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// The first name an entity's record gives (its display name), or its slug.
    public func name(of target: MentionTarget) -> String {
        names[target] ?? target.slug
    }

    /// The pattern whose key is exactly `key`, if any: the trie walked to its end.
    func pattern(exactly key: some Sequence<Unicode.Scalar>) -> Int? {
        automaton.pattern(exactly: key)
    }

    /// How many distinct name keys the automaton holds.
    public var keyCount: Int { entries.count }

    /// How many entities it was built from.
    public var entityCount: Int { records.count }
}
