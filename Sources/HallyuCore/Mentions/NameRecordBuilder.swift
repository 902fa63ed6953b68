/// Turns the knowledge base's people, titles, roles, organizations and memberships into the
/// linker's records, with the relations the resolution rules use (a person and their titles,
/// characters, agency and groups; a character and its title; a title and its networks).
public struct NameRecordBuilder: Sendable {
    private var records: [NameRecord] = []
    private var related: [MentionTarget: [MentionTarget]] = [:]

    public init() {}

    public mutating func person(slug: String, name: String, nativeName: String?, aliases: [String], agency: String?) {
        let target = MentionTarget(kind: .person, slug: slug)
        if let agency { relate(target, MentionTarget(kind: .organization, slug: agency)) }
        records.append(
            NameRecord(
                target: target, names: [name] + [nativeName].compactMap { $0 } + aliases,
                givenNames: Self.givenName(of: name),
                hangulName: nativeName.flatMap { KoreanName(hangul: $0) != nil ? $0 : nil }))
    }

    public mutating func title(slug: String, name: String, nativeName: String?, aliases: [String], networks: [String]) {
        let target = MentionTarget(kind: .title, slug: slug)
        for network in networks { relate(target, MentionTarget(kind: .organization, slug: network)) }
        records.append(NameRecord(target: target, names: [name] + [nativeName].compactMap { $0 } + aliases))
    }

    public mutating func organization(slug: String, name: String, nativeName: String?, aliases: [String]) {
        records.append(
            NameRecord(
                target: MentionTarget(kind: .organization, slug: slug),
                names: [name] + [nativeName].compactMap { $0 } + aliases))
    }

    public mutating func membership(person: String, group: String) {
        relate(MentionTarget(kind: .person, slug: person), MentionTarget(kind: .organization, slug: group))
    }

    /// A role; with a character name, the character becomes an entity of its own. Its short
    /// names of one word ("Na-bi") count only once it is introduced; longer ones identify it.
    public mutating func credit(person: String, title: String, character: String?, characterNative: String?, shortNames: [String]) {
        let personTarget = MentionTarget(kind: .person, slug: person)
        let titleTarget = MentionTarget(kind: .title, slug: title)
        relate(personTarget, titleTarget)
        guard let character, case let slug = Slug.make(from: character), !slug.isEmpty else { return }
        let characterTarget = MentionTarget(kind: .character, slug: slug, titleSlug: title)
        relate(characterTarget, titleTarget)
        relate(characterTarget, personTarget)
        records.append(
            NameRecord(
                target: characterTarget,
                names: [character] + [characterNative].compactMap { $0 } + shortNames.filter { $0.contains(" ") },
                givenNames: shortNames.filter { !$0.contains(" ") } + Self.givenName(of: character),
                hangulName: characterNative.flatMap { KoreanName(hangul: $0) != nil ? $0 : nil }))
    }

    public func build() -> [NameRecord] {
        records.map { record in
            var record = record
            record.related += related[record.target] ?? []
            return record
        }
    }

    private mutating func relate(_ a: MentionTarget, _ b: MentionTarget) {
        related[a, default: []].append(b)
    }

    /// "So-hee" from "Han So-hee": a hyphenated given name after a one-word family name. A
    /// one-syllable given name ("Kang") is too common a word to stand for a person alone.
    static func givenName(of name: String) -> [String] {
        let parts = name.split(separator: " ")
        guard parts.count == 2, parts[1].contains("-") else { return [] }
        return [String(parts[1])]
    }
}
