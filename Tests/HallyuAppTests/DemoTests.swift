import Fluent
import Foundation
import Testing

@testable import HallyuApp
@testable import HallyuStore

@Suite("Demo newsroom")
struct DemoTests {
    @Test func loadingTwiceChangesNothing() async throws {
        try await withApp(demo: true) { app, backend in
            let again = try await DemoLoader(database: app.db, mediaDirectory: app.config.mediaDirectory).load()
            #expect(again.added == 0, "\(backend): second run added \(again.added)")
            #expect(again.existed > 100)
        }
    }

    @Test func demoHasThePromisedScale() async throws {
        try await withApp(demo: true) { app, _ in
            #expect(try await PersonModel.query(on: app.db).count() >= 25)
            #expect(try await TitleModel.query(on: app.db).count() >= 9)
            #expect(try await CoupleModel.query(on: app.db).count() >= 2)
            #expect(try await QuoteModel.query(on: app.db).count() >= 8)
            #expect(try await ArticleRepository(database: app.db).publishedCount() >= 12)
            let credits = try await CreditModel.query(on: app.db).join(TitleModel.self, on: \CreditModel.$title.$id == \TitleModel.$id)
                .filter(TitleModel.self, \.$slug == "nevertheless").count()
            #expect(credits >= 6, "Nevertheless has its two leads and at least four supporting roles")
        }
    }

    @Test func everyQuoteAndStatusEntryCitesADemoArticle() async throws {
        try await withApp(demo: true) { app, _ in
            let unsourcedQuotes = try await QuoteModel.query(on: app.db).filter(\.$sourceArticle.$id == nil).count()
            let verbatim = try await QuoteModel.query(on: app.db).filter(\.$kind != "paraphrased").count()
            let unsourcedEntries = try await CoupleStatusModel.query(on: app.db).filter(\.$sourceArticle.$id == nil).count()
            #expect(unsourcedQuotes == 0)
            #expect(verbatim == 0, "demo quotes are paraphrases")
            #expect(unsourcedEntries == 0)
        }
    }
}
