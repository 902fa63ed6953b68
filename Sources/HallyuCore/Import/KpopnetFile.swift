import Foundation

/// The kpopnet.json idol database (CC0): groups with their members and agencies, and idols with
/// stage and real names in Hangul. Decoded as published; the conversions below turn its records
/// into knowledge-base values without slugs, which the importer gives out.
public struct KpopnetFile: Decodable, Sendable {
    public var groups: [Group]
    public var idols: [Idol]

    public struct Group: Decodable, Sendable {
        public var id: String
        public var name: String
        public var nameOriginal: String?
        public var nameAlias: String?
        public var agencyName: String?
        public var debutDate: String?
        public var disbandDate: String?
        public var members: [Member]
        public var parentID: String?

        enum CodingKeys: String, CodingKey {
            case id, name, members
            case nameOriginal = "name_original", nameAlias = "name_alias", agencyName = "agency_name"
            case debutDate = "debut_date", disbandDate = "disband_date", parentID = "parent_id"
        }
    }

    public struct Member: Decodable, Sendable {
        public var idolID: String
        public var current: Bool

        enum CodingKeys: String, CodingKey {
            case idolID = "idol_id", current
        }
    }

    public struct Idol: Decodable, Sendable {
        public var id: String
        public var name: String
        public var nameOriginal: String?
        public var realName: String?
        public var realNameOriginal: String?
        public var nameAlias: String?
        public var birthDate: String?
        public var debutDate: String?
        public var groups: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, groups
            case nameOriginal = "name_original", realName = "real_name", realNameOriginal = "real_name_original"
            case nameAlias = "name_alias", birthDate = "birth_date", debutDate = "debut_date"
        }
    }

    public static func decode(_ data: Data) throws -> KpopnetFile {
        try JSONDecoder().decode(KpopnetFile.self, from: data)
    }
}

extension KpopnetFile.Idol {
    /// The idol as a person known by their stage name, with the Hangul stage name as native
    /// name and the real names and other names as aliases. A native name in another script
    /// (a Japanese member's, say) is kept as an alias, since pages mark native names Korean.
    public var person: Person {
        let native = nameOriginal.flatMap { Hangul.containsSyllables($0) ? $0 : nil }
        var aliases: [String] = []
        for alias in [nameOriginal, realName, realNameOriginal].compactMap({ $0 }) + KpopnetFile.list(nameAlias) {
            let trimmed = alias.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, trimmed != name, trimmed != native, !aliases.contains(trimmed) { aliases.append(trimmed) }
        }
        return Person(
            id: "", slug: "", name: name, nativeName: native, aliases: aliases,
            birthDate: birthDate.flatMap(CalendarDate.init), occupations: ["Singer"])
    }

    /// The Hangul names that may identify this idol in another source: stage and real name.
    public var hangulNames: [String] {
        [nameOriginal, realNameOriginal].compactMap { $0 }.filter(Hangul.containsSyllables)
    }
}

extension KpopnetFile.Group {
    /// The group as an organization; the description says when it debuted, under whom, and
    /// whether it has disbanded or is a unit of another group.
    public func organization(parentName: String?) -> Organization {
        let native = nameOriginal.flatMap { Hangul.containsSyllables($0) ? $0 : nil }
        let aliases = KpopnetFile.list(nameAlias).filter { $0 != name && $0 != native }
        var sentences: [String] = []
        var debut = parentName.map { "A unit of \($0)" } ?? "A K-pop group"
        if let date = debutDate.flatMap(CalendarDate.init) { debut += " that debuted on \(date.longForm)" }
        if !agencies.isEmpty { debut += ", under \(agencies.joined(separator: " and "))" }
        sentences.append(debut + ".")
        if let date = disbandDate.flatMap(CalendarDate.init) { sentences.append("Disbanded on \(date.longForm).") }
        return Organization(
            id: "", slug: "", name: name, nativeName: native, kind: .group, aliases: aliases,
            description: sentences.joined(separator: " "),
            founded: debutDate.flatMap(CalendarDate.init)?.description)
    }

    /// The agencies named, in order ("DSP Media, Beats Entertainment").
    public var agencies: [String] {
        KpopnetFile.list(agencyName)
    }
}

extension KpopnetFile {
    /// A comma-separated field as its trimmed, non-empty parts.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
