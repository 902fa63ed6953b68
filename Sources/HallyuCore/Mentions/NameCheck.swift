/// The editor's name check: spans written like names that are not a known name but are a small
/// edit away from one ("Han Soo-he" for Han So-hee) get a suggestion.
public struct Misspelling: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var utf8Start: Int
    public var utf8End: Int
    /// The entities meant, best first.
    public var suggestions: [MentionTarget]
    /// The known spelling closest to what was typed.
    public var closest: String
}

extension MentionIndex {
    /// Misspelt names in `text`, skipping the names `analysis` linked. (A stray given name it
    /// reported may be part of a misspelt full name: "Prak Seo-joon".)
    public func misspellings(in text: String, analysis: Analysis) -> [Misspelling] {
        let source = Array(text.unicodeScalars)
        let offsets = TextOffsets(source)
        let words = NameLikeWords(source).words
        var taken = Set<Int>()
        for mention in analysis.mentions { taken.formUnion(scalarRange(utf16Start: mention.start, utf16End: mention.end, offsets)) }
        var found: [Misspelling] = []
        var scratch = NearMissScratch(patterns: patternLetters.count)
        // Whether each word is an ordinary word, looked up once, when a window first needs it.
        var known = [Bool?](repeating: nil, count: words.count)
        func isKnown(_ position: Int) -> Bool {
            if let answer = known[position] { return answer }
            let word = String(String.UnicodeScalarView(source[words[position].start..<words[position].end]))
            // A common English given name ("Jenny") is somebody's name, not a slip for Jennie.
            let answer = KnownWords.contains(word) || WesternGivenNames.contains(word)
            known[position] = answer
            return answer
        }
        var index = 0
        while index < words.count {
            var best: (length: Int, distance: Int, pattern: Int)?
            // Windows of up to four words, starting with a capitalised one, inside one phrase.
            if words[index].isCapitalised {
                for length in 1...4 where index + length <= words.count {
                    let window = words[index..<index + length]
                    if length > 1 && !window.dropFirst().allSatisfy(\.joinsPrevious) { break }
                    // A name ends on a capitalised word; small words may sit inside a title
                    // ("Queen of Tears"), but "June a" is no name.
                    guard window.last!.isCapitalised else { continue }
                    if !window.allSatisfy({ $0.isCapitalised || $0.end - $0.start <= 3 }) { break }
                    let start = window.first!.start, end = window.last!.end
                    if (start..<end).contains(where: taken.contains) { break }
                    // Ordinary words ("Seoul", a sentence's first "Drama", a teaser's "Chose A")
                    // are not a name misspelt, however close to one.
                    if (index..<index + length).allSatisfy(isKnown)
                        || KnownWords.containsPhrase(String(String.UnicodeScalarView(source[start..<end])))
                    {
                        continue
                    }
                    // "Han So-hee’s" is Han So-hee's name with a possessive, not a slip.
                    let nameEnd = window.last!.isPossessive ? end - 2 : end
                    let key = Array(NameKey.make(String(String.UnicodeScalarView(source[start..<nameEnd]))).unicodeScalars)
                    // One capitalised word is usually just a word ("Last" is not VAST): it needs
                    // five letters, may be one edit off, and must stand alone, not be one part of
                    // a longer name ("Ha-rin" in Jung Ha-rin).
                    let alone =
                        !(words[index].joinsPrevious && index > 0 && words[index - 1].isCapitalised
                        && !words[index - 1].isPossessive)
                        && !(index + 1 < words.count && words[index + 1].joinsPrevious && words[index + 1].isCapitalised)
                    // "Snowdrops", "Primroses": a known name in the plural is the word, not a slip.
                    if length == 1 && isPlural(of: key) { continue }
                    // At the scale of thousands of stage names, every capitalised word is near
                    // one of them: a single word is checked only in a text that names somebody
                    // known, where a slip for a stage name is likely ("Okoro" in a match report
                    // is a defender, not Kokoro).
                    let oneWordChecked = key.count >= 5 && alone && !analysis.mentions.isEmpty
                    let allowance = length == 1 ? (oneWordChecked ? 2 : 0) : EditDistance.allowance(forLength: key.count)
                    if let match = nearest(to: key, allowance: allowance, oneWord: length == 1, scratch: &scratch),
                        best == nil || match.distance <= best!.distance
                    {
                        best = (length, match.distance, match.pattern)
                    }
                }
            }
            guard let best else {
                index += 1
                continue
            }
            let start = words[index].start, end = words[index + best.length - 1].end
            let (utf16Start, utf16End, utf8Start, utf8End) = offsets.range(start, end)
            let targets = entries[best.pattern].filter { !$0.isGivenName }.map { records[$0.record].target }
            found.append(
                Misspelling(
                    text: String(String.UnicodeScalarView(source[start..<end])), start: utf16Start, end: utf16End,
                    utf8Start: utf8Start, utf8End: utf8End, suggestions: targets,
                    closest: records[entries[best.pattern].first!.record].names.first ?? ""))
            index += best.length
        }
        return found
    }

    /// The known full name closest to `key` within the allowance for its length, found through
    /// the letter pairs it shares with `key` rather than by comparing with every name.
    func nearest(
        to key: [Unicode.Scalar], allowance: Int, oneWord: Bool, scratch: inout NearMissScratch
    )
        -> (pattern: Int, distance: Int)?
    {
        guard allowance > 0, key.count >= 4, pattern(exactly: key) == nil else { return nil }
        // People rarely get the first letter wrong, unless they swap the first two, and every
        // letter more or less costs at least half an edit: only names starting with one of
        // those letters, of a length within the allowance, are looked at. A pair counts where
        // it sits about where the key has it: each letter put in or left out shifts what follows by one.
        var positions: [UInt64: Int] = [:]
        for (position, pair) in LetterPairs.of(key).enumerated() where positions[pair] == nil { positions[pair] = position }
        let index = oneWord ? oneWordPairIndex : pairIndex
        // An edit spoils at most two letter pairs for each half edit it costs (a vowel changed:
        // two pairs for one half edit; a swap: three for two), so a near name shares all but
        // 2 × allowance of the key's pairs, and so at least one of any 2 × allowance + 1 of them.
        // Those are taken from the rarest pairs, whose lists are short; the other pairs are
        // then looked for in the few names found.
        let needed = max(1, positions.count - 2 * allowance)
        let lengths = max(1, key.count - allowance)...(key.count + allowance)
        func lists(_ pair: UInt64, first: Unicode.Scalar) -> [LetterPairs.Postings.List] {
            lengths.compactMap { index[LetterPairs.Key(first: first, length: $0, pair: pair)] }
        }
        let byRarity = positions.keys.map { pair in (pair: pair, lists: lists(pair, first: key[0])) }
            .sorted { $0.lists.reduce(0) { $0 + $1.count } < $1.lists.reduce(0) { $0 + $1.count } }
        let searched = byRarity.prefix(positions.count - needed + 1)
        for (pair, postingLists) in searched {
            let keyPosition = positions[pair]!
            for postings in postingLists {
                for (pattern, position) in postings where abs(Int(position) - keyPosition) <= allowance {
                    scratch.count(Int(pattern))
                }
            }
        }
        let others = byRarity.dropFirst(searched.count).map { ($0.pair, positions[$0.pair]!) }
        // Names starting with the first two letters swapped ("Sogn" for Song) all hold that
        // swapped pair at the start; they are few, and every pair is looked for in them.
        if key[0] != key[1] {
            let swapped = UInt64(key[1].value) << 21 | UInt64(key[0].value)
            for postings in lists(swapped, first: key[1]) {
                for (pattern, position) in postings where position == 0 { scratch.mark(Int(pattern)) }
            }
        }
        var candidates: [(pattern: Int, shared: Int)] = []
        var candidate: [Unicode.Scalar] = []
        candidate.reserveCapacity(key.count + allowance)
        let allPairs = positions.map { ($0.key, $0.value) }
        for pattern in scratch.touched {
            // A swapped name was only marked: all of its pairs are counted here.
            let isSwapped = scratch.counts[pattern] == NearMissScratch.marked
            var shared = isSwapped ? 0 : Int(scratch.counts[pattern])
            let remaining = isSwapped ? allPairs : others
            if shared + remaining.count < needed { continue }
            patternLetters.letters(of: pattern, into: &candidate)
            if isSwapped && !(candidate.count > 1 && candidate[1] == key[0]) { continue }
            for (pair, keyPosition) in remaining where LetterPairs.contains(candidate, pair, near: keyPosition, within: allowance) {
                shared += 1
            }
            if shared >= needed { candidates.append((pattern, shared)) }
        }
        // The names sharing most pairs first: the closest is usually among them, and each one
        // found tightens the limit for the rest. Nothing beats a distance of one half edit.
        candidates.sort { ($0.shared, $1.pattern) > ($1.shared, $0.pattern) }
        let keyLetters = LetterCounts(key)
        var best: (pattern: Int, distance: Int, sameLetters: Bool)?
        for (pattern, _) in candidates {
            // At equal distance a name with the very letters typed wins: "Nayoen" is Nayeon with
            // two letters swapped before it is Nayoon with one changed.
            let limit = best.map { $0.sameLetters ? $0.distance - 1 : $0.distance } ?? allowance
            let bound = keyLetters.lowerBound(to: letterCounts, at: pattern)
            guard bound <= limit else { continue }
            patternLetters.letters(of: pattern, into: &candidate)
            guard let distance = EditDistance.between(key, candidate, limit: limit), distance > 0 else { continue }
            let sameLetters = bound == 0 && candidate.count == key.count
            if best == nil || distance < best!.distance || (sameLetters && !best!.sameLetters) {
                best = (pattern, distance, sameLetters)
            }
            if distance == 1 && sameLetters { break }
        }
        scratch.reset()
        return best.map { ($0.pattern, $0.distance) }
    }

    /// Whether `key` is a known full name with "s" or "es" added.
    private func isPlural(of key: [Unicode.Scalar]) -> Bool {
        guard key.last == "s" else { return false }
        let singular = key.dropLast()
        if pattern(exactly: singular) != nil { return true }
        return singular.last == "e" && pattern(exactly: singular.dropLast()) != nil
    }

    private func scalarRange(utf16Start: Int, utf16End: Int, _ offsets: TextOffsets) -> Range<Int> {
        offsets.scalarIndex(ofUTF16: utf16Start)..<offsets.scalarIndex(ofUTF16: utf16End)
    }
}

/// The words of a text with where they are and whether they look like part of a name.
struct NameLikeWords {
    struct Word {
        let start: Int
        let end: Int
        /// Starts with a capital, or has one inside (iKON, BLACKPINK).
        let isCapitalised: Bool
        /// Separated from the previous word by exactly one space, so both can be one name.
        let joinsPrevious: Bool
        /// Ends in 's ("BLACKPINK's Jisoo"): what follows is a name of its own.
        let isPossessive: Bool
    }

    var words: [Word] = []

    init(_ source: [Unicode.Scalar]) {
        var index = 0
        while index < source.count {
            guard Self.isLetter(source[index]), HangulSyllable(source[index]) == nil else {
                index += 1
                continue
            }
            let start = index
            while index < source.count,
                Self.isLetter(source[index])
                    || ("-'\u{2019}".unicodeScalars.contains(source[index]) && index + 1 < source.count
                        && Self.isLetter(source[index + 1]))
            {
                index += 1
            }
            let word = source[start..<index]
            // Letters run together with digits ("Q3", "4K") make a model number, not a name.
            let touchesDigit =
                (start > 0 && Self.isDigit(source[start - 1])) || (index < source.count && Self.isDigit(source[index]))
            let joins = start >= 2 && source[start - 1] == " " && Self.isLetter(source[start - 2])
            let possessive =
                word.count > 2 && word.last == "s"
                && "'\u{2019}".unicodeScalars.contains(word[word.endIndex - 2])
            words.append(
                Word(
                    start: start, end: index, isCapitalised: !touchesDigit && word.contains(where: Self.isUppercase),
                    joinsPrevious: joins, isPossessive: possessive))
        }
    }

    /// Letters, with plain ASCII answered without a Unicode property look-up.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }
}
