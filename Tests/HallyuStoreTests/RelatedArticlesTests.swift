import Fluent
import Foundation
import HallyuCore
import Testing

@testable import HallyuStore

@Suite struct RelatedArticlesTests {
    /// A newsroom of 2,000 articles around 100 dramas with four leads each: every article is
    /// about one drama (its main subject) and one or two of its leads, names two people of other
    /// dramas in passing, often a streamer everyone names, and carries one or two of eight tags.
    private func corpus(_ db: any Database, articles: Int = 2_000, dramas: Int = 100) async throws -> [String: String] {
        var generator = SystemRandomNumberGenerator()
        let knowledge = KnowledgeWriter(database: db)
        _ = try await knowledge.add(Organization(id: "", slug: "streamer", name: "Streamer", kind: .streamer))
        for drama in 0..<dramas {
            _ = try await knowledge.add(Title(id: "", slug: "drama-\(drama)", kind: .drama, name: "Drama \(drama)"))
            for lead in 0..<4 { _ = try await knowledge.add(Person(id: "", slug: "lead-\(drama)-\(lead)", name: "Lead \(drama) \(lead)")) }
        }
        let writer = ArticleWriter(database: db)
        for tag in 0..<8 { _ = try await writer.add(Tag(slug: "tag-\(tag)", name: "Tag \(tag)")) }
        var mainSubject: [String: String] = [:]
        let base = Date(timeIntervalSince1970: 1_600_000_000)
        for index in 0..<articles {
            let drama = Int.random(in: 0..<dramas, using: &generator)
            let leads = (0..<4).shuffled(using: &generator).prefix(Int.random(in: 1...2, using: &generator))
            let slug = "story-\(index)"
            mainSubject[slug] = "drama-\(drama)"
            let tags = (0..<8).shuffled(using: &generator).prefix(Int.random(in: 1...2, using: &generator))
            _ = try await writer.add(
                Article(
                    id: "", slug: slug, title: "Story \(index) of the week", body: "Text.",
                    tags: tags.map { Tag(slug: "tag-\($0)", name: "") },
                    subjects: [EntityRef(kind: .title, slug: "drama-\(drama)", name: "")]
                        + leads.map { EntityRef(kind: .person, slug: "lead-\(drama)-\($0)", name: "") },
                    status: .published, publishedAt: base.addingTimeInterval(Double(index) * 3_600), updatedAt: base, featured: false))
            var mentions: [MentionTarget: Int] = [:]
            for _ in 0..<2 {
                let other = Int.random(in: 0..<dramas, using: &generator)
                mentions[MentionTarget(kind: .person, slug: "lead-\(other)-\(Int.random(in: 0..<4, using: &generator))")] = 1
            }
            if Bool.random(using: &generator) { mentions[MentionTarget(kind: .organization, slug: "streamer")] = 1 }
            try await ArticleMentions(database: db).record(articleSlug: slug, counts: mentions)
        }
        return mainSubject
    }

    @Test func picksShareTheMainSubject() async throws {
        try await TestDatabase.run(backend: "sqlite") { db in
            let mainSubject = try await self.corpus(db)
            try await RelatedArticles(database: db).rebuildAll()
            let repository = ArticleRepository(database: db)
            var picks = 0, sharing = 0
            for slug in mainSubject.keys.sorted().prefix(400) {
                let article = try await repository.published(slug: slug)
                let related = try await repository.related(to: try #require(article))
                #expect(!(related.contains { $0.slug == slug }), "never the article itself")
                picks += related.count
                sharing += related.filter { mainSubject[$0.slug] == mainSubject[slug] }.count
            }
            let precision = Double(sharing) / Double(max(picks, 1))
            print("Related articles: precision@5 of sharing the main subject \(String(format: "%.3f", precision)) over \(picks) picks")
            #expect(precision >= 0.9)
            #expect(picks > 400 * 4, "lists are full")
        }
    }

    @Test func publishingEntersNeighboursListsAndUnpublishingLeavesThem() async throws {
        try await TestDatabase.run { db, backend in
            _ = try await self.corpus(db, articles: 60, dramas: 3)
            let related = RelatedArticles(database: db)
            try await related.rebuildAll()
            // A new story about a drama and every one of its leads: the closest neighbour of many.
            let writer = ArticleWriter(database: db)
            _ = try await writer.add(
                Article(
                    id: "", slug: "big-story", title: "Everything about Drama 0", body: "Text.",
                    subjects: [EntityRef(kind: .title, slug: "drama-0", name: "")]
                        + (0..<4).map { EntityRef(kind: .person, slug: "lead-0-\($0)", name: "") },
                    status: .published, publishedAt: Date(timeIntervalSince1970: 1_600_000_000 + 61 * 3_600), updatedAt: Date(),
                    featured: false))
            let found = try await ArticleModel.query(on: db).filter(\.$slug == "big-story").first()
            let newcomer = try #require(found)
            try await related.refresh(articleID: try newcomer.requireID())
            let repository = ArticleRepository(database: db)
            let neighbours = try await ArticleModel.query(on: db).filter(\.$slug != "big-story").all()
            var holding = 0
            for row in neighbours {
                let article = try await repository.published(slug: row.slug)
                let list = try await repository.related(to: #require(article))
                if list.contains(where: { $0.slug == "big-story" }) { holding += 1 }
            }
            #expect(holding > 0, "it entered its neighbours' lists (\(backend))")
            let own = try await repository.published(slug: "big-story")
            let picks = try await repository.related(to: #require(own))
            #expect(picks.count == 5, "\(backend)")

            // Unpublished, it leaves every list.
            newcomer.status = ArticleStatus.draft.rawValue
            try await newcomer.update(on: db)
            try await related.refresh(articleID: try newcomer.requireID())
            for row in neighbours {
                let article = try await repository.published(slug: row.slug)
                let list = try await repository.related(to: #require(article))
                #expect(!(list.contains { $0.slug == "big-story" }), "\(row.slug) (\(backend))")
            }
        }
    }
}
