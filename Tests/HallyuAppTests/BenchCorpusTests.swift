import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor

@testable import HallyuApp

@Suite("The benchmark newsroom")
struct BenchCorpusTests {
    @Test func theSameSeedMakesTheSameNewsroomAndARerunAddsOnlyWhatIsMissing() async throws {
        try await withApp { app, backend in
            let corpus = BenchCorpus(seed: 7, entities: 60)
            let first = try await corpus.fill(app.db, articles: 12, progress: { _, _ in })
            #expect(first.articlesAdded == 12, "\(backend)")
            #expect(first.entitiesAdded == 60)
            #expect(first.refreshTimes.count == 12)
            let again = try await corpus.fill(app.db, articles: 15, progress: { _, _ in })
            #expect(again.entitiesAdded == 0)
            #expect(again.articlesAdded == 3)
            #expect(again.articlesTotal == 15)
            var a = SeededRandom(seed: 99), b = SeededRandom(seed: 99)
            let one = corpus.makeArticle(5, random: &a, start: Date(timeIntervalSince1970: 0))
            let two = corpus.makeArticle(5, random: &b, start: Date(timeIntervalSince1970: 0))
            #expect(one.article == two.article)
            let words = MarkdownPlainText.wordCount(one.article.body)
            #expect((600...700).contains(words), "about 600 words: \(words)")
            let related = try await ArticleRepository(database: app.db).published(slug: "bench-3")
            #expect(related != nil)
        }
    }
}
