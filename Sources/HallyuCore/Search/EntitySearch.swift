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
        if found.isEmpty {
            var scratch = NearMissScratch(patterns: patternLetters.count)
            let letters = Array(key.unicodeScalars)
            let allowance = max(2, EditDistance.allowance(forLength: letters.count))
            if let near = nearest(to: letters, allowance: allowance, oneWord: false, scratch: &scratch) {
                add(ordered(entries[near.pattern].filter { !$0.isGivenName }.map { records[$0.record].target }))
            }
        }
        // Names inside a longer query, whatever their capitals.
        let capitalised = text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        add(analyze(capitalised).mentions.map(\.target))
        return Array(found.prefix(limit))
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
