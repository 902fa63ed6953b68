import Fluent
import Foundation
import HallyuCore
import HallyuStore

/// Loads the demo newsroom. Everything goes in one transaction and every item is added only when
/// its slug is free, so a second run changes nothing.
struct DemoLoader {
    let database: any Database
    let mediaDirectory: String

    /// What a run added and found already there, for the command's summary line.
    struct Tally: CustomStringConvertible {
        var added = 0
        var existed = 0

        mutating func count(_ outcome: KnowledgeWriter.Outcome) {
            if outcome == .added { added += 1 } else { existed += 1 }
        }

        var description: String { "\(added) added, \(existed) already present" }
    }

    static var resourceFolder: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Demo", withExtension: nil) else {
                throw DemoError("the demo content is missing from the executable's resources")
            }
            return url
        }
    }

    func load() async throws -> Tally {
        let folder = try Self.resourceFolder
        let content = try JSONDecoder().decode(DemoContent.self, from: Data(contentsOf: folder.appendingPathComponent("knowledge.json")))
        let articleFiles = try FileManager.default.contentsOfDirectory(
            at: folder.appendingPathComponent("articles"),
            includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == "md" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let articles = try articleFiles.map { try DemoArticle(parsing: String(contentsOf: $0, encoding: .utf8), name: $0.lastPathComponent) }
        let mediaIDs = try writeArtwork(content.media)

        return try await database.writeTransaction { db in
            var tally = Tally()
            let knowledge = KnowledgeWriter(database: db)
            let writer = ArticleWriter(database: db)
            for user in content.users {
                tally.count(
                    try await knowledge.add(
                        User(
                            id: "", slug: user.slug, name: user.name, email: user.email,
                            role: UserRole(rawValue: user.role) ?? .writer, bio: user.bio ?? "")))
            }
            for tag in content.tags { tally.count(try await writer.add(tag)) }
            for organization in content.organizations { tally.count(try await knowledge.add(try organization.core())) }
            for person in content.people { tally.count(try await knowledge.add(try person.core())) }
            for membership in content.memberships { tally.count(try await knowledge.add(try membership.core())) }
            for title in content.titles {
                let core = try title.core()
                tally.count(try await knowledge.add(core))
                for (order, member) in (title.cast ?? []).enumerated() {
                    tally.count(try await knowledge.add(try member.core(title: core, order: order)))
                }
            }
            // Couples first without their timelines: articles are about couples, and the
            // timeline entries cite articles.
            let couples = try content.couples.map { try $0.core() }
            for couple in couples {
                var bare = couple
                bare.timeline = []
                tally.count(try await knowledge.add(bare))
            }
            var mediaByID: [String: Media] = [:]
            for media in content.media {
                let (outcome, id) = try await writer.add(mediaIDs[media.slug]!)
                tally.count(outcome)
                mediaByID[media.slug] = Media(id: id, fileName: "", contentType: "", alt: "", credit: "", width: 0, height: 0)
            }
            let tagNames = Dictionary(content.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
            for article in articles {
                guard let hero = mediaByID[article.hero] else { throw DemoError("article \(article.slug): no media \(article.hero)") }
                tally.count(
                    try await writer.add(
                        Article(
                            id: "", slug: article.slug, title: article.title, dek: article.dek, body: article.body, hero: hero,
                            authors: [Author(slug: article.author, name: article.author)],
                            tags: article.tags.map { Tag(slug: $0, name: tagNames[$0] ?? $0) },
                            subjects: article.subjects.map { EntityRef(kind: $0.kind, slug: $0.slug, name: $0.slug) },
                            status: .published, publishedAt: article.published, updatedAt: article.published,
                            featured: article.featured)))
            }
            for couple in couples {
                for entry in couple.timeline { tally.count(try await knowledge.add(entry, toCouple: couple.slug)) }
            }
            for quote in content.quotes { tally.count(try await knowledge.add(try quote.core(content))) }
            let community = DemoCommunity(database: db)
            for poll in content.polls ?? [] { tally.count(try await community.add(poll)) }
            for comment in content.comments ?? [] { tally.count(try await community.add(comment)) }
            // New names may appear in any article, old ones included.
            if tally.added > 0 {
                try await MentionRecorder.current(on: db).recordAll()
                try await RelatedArticles(database: db).rebuildAll()
                try await Settings(database: db).markKnowledgeChanged()
            }
            return tally
        }
    }

    /// Draws each illustration into the media folder (unchanged files are left alone).
    private func writeArtwork(_ items: [DemoContent.Media]) throws -> [String: Media] {
        try FileManager.default.createDirectory(atPath: mediaDirectory, withIntermediateDirectories: true)
        var result: [String: Media] = [:]
        for item in items {
            let art = DemoArtwork(slug: item.slug, title: item.title, subtitle: item.subtitle ?? "", motif: item.motif, palette: item.palette)
            let fileName = "demo-\(item.slug).svg"
            let path = (mediaDirectory as NSString).appendingPathComponent(fileName)
            let data = Data(art.svg().utf8)
            if (try? Data(contentsOf: URL(fileURLWithPath: path))) != data {
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            }
            result[item.slug] = Media(
                id: "", fileName: fileName, contentType: "image/svg+xml", alt: item.alt,
                caption: item.caption ?? "", credit: item.credit, licence: item.licence ?? "",
                width: DemoArtwork.width, height: DemoArtwork.height)
        }
        return result
    }
}

// MARK: - From the file's shapes to Core values

private func parseDate(_ text: String?, _ context: String) throws -> CalendarDate? {
    guard let text else { return nil }
    guard let date = CalendarDate(text) else { throw DemoError("\(context): \(text) is not a YYYY-MM-DD date") }
    return date
}

private func ref(_ kind: EntityKind, _ slug: String) -> EntityRef { EntityRef(kind: kind, slug: slug, name: slug) }

extension DemoContent.Organization {
    func core() throws -> Organization {
        guard let kind = OrganizationKind(rawValue: kind) else { throw DemoError("organization \(slug): unknown kind \(self.kind)") }
        return Organization(
            id: "", slug: slug, name: name, nativeName: nativeName, kind: kind, aliases: aliases ?? [],
            description: description ?? "", founded: founded, website: website)
    }
}

extension DemoContent.Person {
    func core() throws -> Person {
        Person(
            id: "", slug: slug, name: name, nativeName: nativeName, aliases: aliases ?? [],
            birthDate: try parseDate(birthDate, "person \(slug)"), birthplace: birthplace, occupations: occupations ?? [],
            agency: agency.map { ref(.organization, $0) }, bio: bio ?? "")
    }
}

extension DemoContent.Membership {
    func core() throws -> Membership {
        Membership(
            person: ref(.person, person), group: ref(.organization, group), current: current,
            since: try parseDate(since, "membership \(person)"), until: try parseDate(until, "membership \(person)"))
    }
}

extension DemoContent.Title {
    func core() throws -> Title {
        guard let kind = TitleKind(rawValue: kind) else { throw DemoError("title \(slug): unknown kind \(self.kind)") }
        return Title(
            id: "", slug: slug, kind: kind, name: name, nativeName: nativeName, aliases: aliases ?? [],
            synopsis: synopsis ?? "", firstAired: try parseDate(firstAired, "title \(slug)"),
            lastAired: try parseDate(lastAired, "title \(slug)"), episodes: episodes,
            networks: (networks ?? []).map { ref(.organization, $0) },
            platforms: (platforms ?? []).map { ref(.organization, $0) }, genres: genres ?? [])
    }
}

extension DemoContent.CastMember {
    func core(title: Title, order: Int) throws -> Credit {
        guard let billing = Billing(rawValue: billing) else { throw DemoError("\(title.slug) cast \(person): unknown billing \(self.billing)") }
        return Credit(
            id: "", person: ref(.person, person), title: title.ref, titleKind: title.kind, characterName: character,
            characterNativeName: characterNative, characterShortNames: shortNames ?? [], billing: billing, order: order)
    }
}

extension DemoContent.Couple {
    func core() throws -> Couple {
        guard people.count == 2 else { throw DemoError("a couple needs exactly two people: \(people)") }
        let timeline = try self.timeline.map { entry in
            guard let status = RelationshipStatus(rawValue: entry.status) else {
                throw DemoError("couple \(people): unknown status \(entry.status)")
            }
            guard let day = try parseDate(entry.date, "couple \(people)") else { throw DemoError("couple \(people): entry without a date") }
            return StatusEntry(
                status: status, date: day, statement: entry.statement,
                sourceArticle: entry.sourceArticle.map { ref(.article, $0) }, sourceURL: entry.sourceUrl)
        }
        return Couple(
            id: "", slug: Couple.slug(joining: people[0], people[1]), first: ref(.person, people[0]),
            second: ref(.person, people[1]), note: note ?? "", timeline: timeline)
    }
}

extension DemoContent.Quote {
    /// `about` slugs may name people or titles; the knowledge file says which.
    func core(_ content: DemoContent) throws -> Quote {
        let titleSlugs = Set(content.titles.map(\.slug))
        guard let kind = QuoteKind(rawValue: kind) else { throw DemoError("quote by \(speaker): unknown kind \(self.kind)") }
        return Quote(
            id: "", text: text, kind: kind, speaker: ref(.person, speaker),
            about: (about ?? []).map { ref(titleSlugs.contains($0) ? .title : .person, $0) },
            sourceArticle: sourceArticle.map { ref(.article, $0) }, date: try parseDate(date, "quote by \(speaker)"),
            context: context ?? "")
    }
}
