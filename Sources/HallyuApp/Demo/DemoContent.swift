import Foundation
import HallyuCore

/// The demo knowledge base as `Resources/Demo/knowledge.json` spells it (see FORMAT.md there).
struct DemoContent: Decodable {
    struct User: Decodable {
        var slug, name, email, role: String
        var bio: String?
    }
    struct Organization: Decodable {
        var slug, name, kind: String
        var nativeName, description, founded, website: String?
        var aliases: [String]?
    }
    struct Person: Decodable {
        var slug, name: String
        var nativeName, birthDate, birthplace, agency, bio: String?
        var aliases, occupations: [String]?
    }
    struct Membership: Decodable {
        var person, group: String
        var current: Bool
        var since, until: String?
    }
    struct CastMember: Decodable {
        var person: String
        var character, characterNative: String?
        var shortNames: [String]?
        var billing: String
    }
    struct Title: Decodable {
        var slug, kind, name: String
        var nativeName, synopsis, firstAired, lastAired: String?
        var aliases, networks, platforms, genres: [String]?
        var episodes: Int?
        var cast: [CastMember]?
    }
    struct StatusEntry: Decodable {
        var status, date, statement: String
        var sourceArticle, sourceUrl: String?
    }
    struct Couple: Decodable {
        var people: [String]
        var note: String?
        var timeline: [StatusEntry]
    }
    struct Quote: Decodable {
        var text, kind, speaker: String
        var about: [String]?
        var sourceArticle, date, context: String?
    }
    struct Media: Decodable {
        var slug, title, motif, alt, credit: String
        var subtitle, caption, licence: String?
        var palette: [String]
    }

    var users: [User]
    var tags: [HallyuCore.Tag]
    var organizations: [Organization]
    var people: [Person]
    var memberships: [Membership]
    var titles: [Title]
    var couples: [Couple]
    var quotes: [Quote]
    var media: [Media]
    /// Reader polls, on an article or a couple (by slug), with made-up votes per option.
    struct Poll: Decodable, Sendable {
        var question: String
        var article, couple: String?
        var options: [String]
        var votes: [Int]?
    }
    /// Readers' comments on an article, shown as approved; `replies` answer the comment before.
    struct Comment: Decodable, Sendable {
        var article, name, body: String
        var replies: [Comment]?
    }
    var polls: [Poll]?
    var comments: [Comment]?
}

/// One demo article file: front matter, then Markdown.
struct DemoArticle {
    var slug, title, dek, author, hero: String
    var published: Date
    var tags: [String]
    var subjects: [(kind: EntityKind, slug: String)]
    var featured: Bool
    var body: String

    /// Parses the `---` front matter block; `name` is the file name, for messages.
    init(parsing text: String, name: String) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
            throw DemoError("\(name): expected front matter between --- lines")
        }
        var fields: [String: String] = [:]
        for line in lines[1..<end] where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw DemoError("\(name): front matter line without a colon: \(line)") }
            var value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            // YAML-style quoting is allowed around a value.
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            fields[String(line[..<colon]).trimmingCharacters(in: .whitespaces)] = value
        }
        func field(_ key: String) throws -> String {
            guard let value = fields[key], !value.isEmpty else { throw DemoError("\(name): front matter needs \(key)") }
            return value
        }
        func list(_ key: String) -> [String] {
            (fields[key] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        slug = try field("slug")
        title = try field("title")
        dek = fields["dek"] ?? ""
        author = try field("author")
        hero = try field("hero")
        guard let date = ISO8601DateFormatter().date(from: try field("published")) else {
            throw DemoError("\(name): published must be ISO 8601 with an offset")
        }
        published = date
        tags = list("tags")
        subjects = try list("subjects").map { entry in
            let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let kind = EntityKind(rawValue: parts[0]) else {
                throw DemoError("\(name): subject \(entry) is not kind/slug")
            }
            return (kind, parts[1])
        }
        featured = fields["featured"] == "true"
        body = lines[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }
}

/// Demo content that does not fit together, with the file and entry at fault.
struct DemoError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
