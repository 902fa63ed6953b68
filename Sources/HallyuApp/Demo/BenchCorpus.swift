import Fluent
import Foundation
import HallyuCore
import HallyuStore

/// A made-up newsroom for benchmarks: the same entities and articles for the same seed.
struct BenchCorpus {
    let seed: UInt64
    let entities: Int

    struct Report: CustomStringConvertible {
        var entitiesAdded = 0
        var articlesAdded = 0
        var articlesTotal = 0
        var writeTimes: [Double] = []
        var refreshTimes: [Double] = []

        var description: String {
            "Entities added: \(entitiesAdded). Articles added: \(articlesAdded) (now \(articlesTotal)).\n"
                + "Writing an article with its search entry and mentions: \(Self.percentiles(writeTimes)).\n"
                + "Related-articles refresh on publish: \(Self.percentiles(refreshTimes)) over \(refreshTimes.count) publications."
        }

        static func percentiles(_ times: [Double]) -> String {
            let sorted = times.sorted()
            func percentile(_ p: Double) -> String {
                sorted.isEmpty ? "-" : String(format: "%.1f ms", sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] * 1000)
            }
            return "p50 \(percentile(0.5)), p95 \(percentile(0.95)), p99 \(percentile(0.99)), max \(percentile(1.0))"
        }
    }

    /// People, titles, organizations and couples in the proportions of a real newsroom.
    var counts: (people: Int, titles: Int, organizations: Int, couples: Int) {
        (entities * 70 / 100, entities * 20 / 100, entities * 5 / 100, entities * 5 / 100)
    }

    func fill(_ database: any Database, articles: Int, progress: @Sendable (Int, Int) -> Void) async throws -> Report {
        var report = Report()
        report.entitiesAdded = try await addEntities(database)
        let existing = try await DatabaseChecks(database: database).slugCount(prefix: "bench-").articles
        let writer = ArticleWriter(database: database)
        _ = try await writer.add(Tag(slug: "bench-news", name: "News"))
        for tag in Self.tags { _ = try await writer.add(Tag(slug: "bench-" + Slug.make(from: tag), name: tag)) }
        _ = try await KnowledgeWriter(database: database).add(
            User(
                id: "", slug: "bench-desk", name: "Bench Desk",
                email: "bench@example.com", role: .writer, bio: ""))
        let start = Date(timeIntervalSince1970: 1_500_000_000)
        // A batch of articles per transaction, as a busy desk's publications would be spread
        // over time: one commit (one disk flush) per article would measure the disk, not Hallyu.
        for batch in stride(from: existing, to: max(existing, articles), by: 250) {
            let range = batch..<min(articles, batch + 250)
            let times = try await database.writeTransaction { db in
                var times: (write: [Double], refresh: [Double]) = ([], [])
                for index in range {
                    var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
                    let article = makeArticle(index, random: &random, start: start)
                    let writing = Date()
                    _ = try await ArticleWriter(database: db).add(article.article)
                    let id = try await ArticleMentions(database: db).record(articleSlug: article.article.slug, counts: article.mentions)
                        .articleID
                    let refreshing = Date()
                    try await RelatedArticles(database: db).refresh(articleID: id)
                    times.write.append(refreshing.timeIntervalSince(writing))
                    times.refresh.append(Date().timeIntervalSince(refreshing))
                }
                return times
            }
            report.writeTimes += times.write
            report.refreshTimes += times.refresh
            report.articlesAdded += range.count
            progress(range.upperBound, articles)
        }
        report.articlesTotal = try await DatabaseChecks(database: database).slugCount(prefix: "bench-").articles
        return report
    }

    // MARK: Entities

    private func addEntities(_ database: any Database) async throws -> Int {
        if try await DatabaseChecks(database: database).slugCount(prefix: "bench-").people >= counts.people { return 0 }
        return try await database.writeTransaction { db in
            var added = 0
            let knowledge = KnowledgeWriter(database: db)
            for index in 0..<counts.organizations {
                let organization = Organization(
                    id: "", slug: "bench-org-\(index)", name: organizationName(index),
                    kind: index % 4 == 0 ? .network : .agency)
                if try await knowledge.add(organization) == .added { added += 1 }
            }
            for index in 0..<counts.people {
                let (name, native) = personName(index)
                let person = Person(
                    id: "", slug: "bench-person-\(index)", name: name, nativeName: native,
                    occupations: ["Actor"], agency: EntityRef(kind: .organization, slug: "bench-org-\(index % counts.organizations)", name: ""))
                if try await knowledge.add(person) == .added { added += 1 }
            }
            for index in 0..<counts.titles {
                let title = Title(
                    id: "", slug: "bench-title-\(index)", kind: index % 10 == 0 ? .film : .drama, name: titleName(index),
                    networks: [EntityRef(kind: .organization, slug: "bench-org-\((index * 4) % counts.organizations)", name: "")])
                if try await knowledge.add(title) == .added { added += 1 }
            }
            for index in 0..<counts.couples {
                let couple = Couple(
                    id: "", slug: "", first: EntityRef(kind: .person, slug: "bench-person-\(index * 2)", name: ""),
                    second: EntityRef(kind: .person, slug: "bench-person-\(index * 2 + 1)", name: ""))
                if try await knowledge.add(couple) == .added { added += 1 }
            }
            return added
        }
    }

    private static let families = Array("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반")
    private static let syllables = Array("민서지현수영준우진하윤은도연주호성아예태원희경재혜소정유채승동시나다라미보상건규혁훈석빈린율온솔")

    /// A Korean name, different for each index, with its usual spelling.
    func personName(_ index: Int) -> (String, String) {
        let s = Self.syllables.count, f = Self.families.count
        let hangul = String([Self.families[index % f], Self.syllables[(index / f) % s], Self.syllables[(index / (f * s)) % s]])
        let spelled = NameVariants.spellings(forHangul: hangul, limit: 1).first ?? hangul
        return (spelled, hangul)
    }

    private static let titleWords = [
        "Secret", "Garden", "Moon", "River", "Spring", "Night", "Letter", "Star", "Tears", "Palace",
        "Heart", "Summer", "Winter", "Promise", "Crown", "Signal", "Diary", "Road", "Island", "Song",
    ]

    func titleName(_ index: Int) -> String {
        let w = Self.titleWords
        return "The \(w[index % w.count]) of \(w[(index / w.count) % w.count]) \(index / (w.count * w.count) + 1)"
    }

    func organizationName(_ index: Int) -> String {
        "\(Self.titleWords[index % Self.titleWords.count]) \(index / Self.titleWords.count + 1) Entertainment"
    }

    // MARK: Articles

    private static let tags = ["Dramas", "K-pop", "Films", "Interviews", "Ratings", "Casting", "Reviews", "Variety"]
    private static let filler = """
        The production team confirmed the schedule on Monday after weeks of speculation among fans. Ratings climbed steadily \
        across the first four episodes, helped by strong word of mouth online. Critics praised the chemistry of the leads and \
        the restrained direction of the quieter scenes. The soundtrack reached the top of the domestic charts within days of \
        its release. Overseas viewers found the series through streaming, where it entered the global top ten. Several \
        supporting actors drew attention for performances that stole whole scenes. The writer has said the story grew out of \
        a notebook of memories kept since university. Filming took place over five months in Seoul and on the southern coast.
        """.split(separator: " ").map(String.init)

    func makeArticle(_ index: Int, random: inout SeededRandom, start: Date) -> (article: Article, mentions: [MentionTarget: Int]) {
        let c = counts
        let title = random.next(below: c.titles)
        let lead = random.next(below: c.people)
        let other = random.next(below: c.people)
        let (leadName, _) = personName(lead)
        let (otherName, _) = personName(other)
        let titleText = titleName(title)
        var words: [String] = []
        var mentions: [MentionTarget: Int] = [:]
        var sentence = 0
        while words.count < 600 {
            if sentence % 6 == 0 { words += "\(leadName) returns in \(titleText).".split(separator: " ").map(String.init) }
            if sentence % 9 == 4 {
                words += "Meanwhile \(otherName) was seen at the premiere.".split(separator: " ").map(String.init)
                mentions[MentionTarget(kind: .person, slug: "bench-person-\(other)"), default: 0] += 1
            }
            let from = random.next(below: Self.filler.count - 20)
            words += Self.filler[from..<(from + 12 + random.next(below: 8))]
            sentence += 1
        }
        let paragraphs = stride(from: 0, to: words.count, by: 120).map { words[$0..<min(words.count, $0 + 120)].joined(separator: " ") }
        let body = paragraphs.enumerated().map { $0.offset == 2 ? "## Behind the scenes\n\n" + $0.element : $0.element }
            .joined(separator: "\n\n")
        let tagA = Self.tags[random.next(below: Self.tags.count)]
        let published = start.addingTimeInterval(Double(index) * 900)
        let article = Article(
            id: "", slug: "bench-\(index)", title: "\(leadName) in \(titleText): what to know", dek: "A look at \(titleText).",
            body: body, authors: [Author(slug: "bench-desk", name: "Bench Desk")],
            tags: [Tag(slug: "bench-" + Slug.make(from: tagA), name: tagA)],
            subjects: [
                EntityRef(kind: .title, slug: "bench-title-\(title)", name: ""),
                EntityRef(kind: .person, slug: "bench-person-\(lead)", name: ""),
            ],
            status: .published, publishedAt: published, updatedAt: published, featured: false)
        return (article, mentions)
    }
}
