/// Which entities a search is for, by name in any spelling: the names and spellings the
/// linker knows ("Han Sohee", "So-hee Han", "한소희"), the initial consonants of a Hangul name
/// (ㅎㅅㅎ), a given name alone ("So-hee"), one typo away ("Han Soheee"), or names inside a
/// longer query ("Song Kang Sweet Home"). Best first: the name as typed, then initials, given
/// names, near misses and names found inside.
extension MentionIndex {
    public func entities(matching query: String, limit: Int = 5) -> [MentionTarget] {
        var found: [MentionTarget] = []
        func add(_ targets: [MentionTarget]) {
            for target in targets where !found.contains(target) { found.append(target) }
        }
        let text = query.trimmingWhitespace()
        let key = NameKey.make(text)
        guard !key.isEmpty else { return [] }
        if let pattern = pattern(exactly: key.unicodeScalars) {
            add(ordered(entries[pattern].filter { !$0.isGivenName }.map { records[$0.record].target }))
        }
        if Hangul.isInitialsOnly(text.filter { !$0.isWhitespace }) {
            add(ordered((initialsIndex[String(text.filter { !$0.isWhitespace })] ?? []).map { records[$0].target }))
        }
        if let pattern = pattern(exactly: key.unicodeScalars) {
            add(ordered(entries[pattern].filter(\.isGivenName).map { records[$0.record].target }))
        }
        if found.isEmpty { add(likelyMeant(text, key: key)) }
        // Names inside a longer query, whatever their capitals.
        let capitalised = text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        add(analyze(capitalised).mentions.map(\.target))
        return Array(found.prefix(limit))
    }

    /// The entities a query one slip away from their name probably means, when that is a likely
    /// answer: not for a place or another ordinary word ("Seoul" is no slip for the idol Seoyul),
    /// with less room for slips the shorter the name (one vowel or one swap up to seven letters,
    /// one edit up to twelve, two beyond), and not when the near name is shared by more than two
    /// entities ("Jungkook" is not one of three people called Jung-uk).
    func likelyMeant(_ text: String, key: String) -> [MentionTarget] {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, !words.allSatisfy({ KnownWords.contains($0) }), !KnownWords.containsPhrase(words.joined(separator: " "))
        else { return [] }
        let letters = Array(key.unicodeScalars)
        guard letters.count >= 5 else { return [] }
        let allowance = letters.count < 8 ? 1 : EditDistance.allowance(forLength: letters.count)
        var scratch = NearMissScratch(patterns: patternLetters.count)
        guard let near = nearest(to: letters, allowance: allowance, oneWord: false, scratch: &scratch) else { return [] }
        var targets: [MentionTarget] = []
        for entry in entries[near.pattern] where !entry.isGivenName && !targets.contains(records[entry.record].target) {
            targets.append(records[entry.record].target)
        }
        return targets.count <= 2 ? ordered(targets) : []
    }

    /// Whether a query reads as a person's name — a Korean name in Hangul or romanized ("Kim
    /// Min-seo", "Jungkook"), not ordinary words — so that, when nobody answers to it, the search
    /// can say there is no person by that name before the articles that contain the words.
    public func readsAsPersonName(_ query: String) -> Bool {
        let text = query.trimmingWhitespace()
        if Hangul.containsSyllables(text) { return KoreanName(hangul: text.filter { !$0.isWhitespace }) != nil }
        let words = text.split(whereSeparator: \.isWhitespace).map { KoreanName.capitalized(String($0)) }
        guard (1...2).contains(words.count), !words.contains(where: { KnownWords.contains($0) || WesternGivenNames.contains($0) })
        else { return false }
        if words.count == 2 { return RomanizedKoreanName.matches(family: words[0], given: words[1]) }
        return RomanizedKoreanName.splitsIntoTwoSyllables(words[0].lowercased().replacingOccurrences(of: "-", with: ""))
    }

    /// The entities whose full name, in any spelling the linker knows, is `name`: none, one,
    /// or several when two share a name.
    public func entities(named name: String) -> [MentionTarget] {
        guard let pattern = pattern(exactly: NameKey.make(name.trimmingWhitespace()).unicodeScalars) else { return [] }
        var found: [MentionTarget] = []
        for entry in entries[pattern] where !entry.isGivenName && !found.contains(records[entry.record].target) {
            found.append(records[entry.record].target)
        }
        return ordered(found)
    }

    /// People first, then titles, organizations, couples and characters; the order of the
    /// knowledge base within a kind.
    private func ordered(_ targets: [MentionTarget]) -> [MentionTarget] {
        let rank: [EntityKind: Int] = [.person: 0, .title: 1, .organization: 2, .couple: 3, .character: 4]
        return targets.enumerated().sorted { (rank[$0.element.kind] ?? 9, $0.offset) < (rank[$1.element.kind] ?? 9, $1.offset) }
            .map(\.element)
    }
}
