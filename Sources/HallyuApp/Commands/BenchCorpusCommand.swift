import ConsoleKit
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu bench corpus --articles N`: fills the configured database with a newsroom made up
/// for benchmarks — `--entities` people, titles, organizations and couples with Korean names,
/// and articles of about 600 words about them — the same every time for the same seed. Run it
/// again with a larger N to add the missing articles only. Publishing each article refreshes
/// its "You might like" picks the way a newsroom's would, and the time each refresh took is
/// reported.
struct BenchCorpusCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "what", help: "corpus")
        var what: String

        @Option(name: "articles", help: "how many articles the database should hold (default 1000)")
        var articles: Int?

        @Option(name: "entities", help: "how many people, titles, organizations and couples (default 20000)")
        var entities: Int?

        @Option(name: "seed", help: "the generator's seed (default 2026)")
        var seed: Int?

        @Option(name: "comments", help: "how many readers' comments the articles should hold (default none)")
        var comments: Int?
    }

    var help: String { "Make a deterministic benchmark newsroom in the configured database: hallyu bench corpus --articles N." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.what == "corpus" else { throw StartupError(description: "unknown bench task \"\(signature.what)\"; use: corpus") }
        let articles = signature.articles ?? 1_000, entities = signature.entities ?? 20_000
        guard (1...10_000_000).contains(articles), (10...1_000_000).contains(entities) else {
            throw StartupError(description: "--articles must be 1 to 10,000,000 and --entities 10 to 1,000,000")
        }
        let app = context.application
        try await app.migrateOrExplain()
        try await SQLiteTuning.prepareForBulkWrites(app)
        let corpus = BenchCorpus(seed: UInt64(signature.seed ?? 2026), entities: entities)
        let progress = ProgressLine(console: context.console, label: "bench corpus")
        let report = try await corpus.fill(app.db, articles: articles, progress: progress.update)
        progress.finish()
        if let comments = signature.comments, comments > 0 {
            let commentProgress = ProgressLine(console: context.console, label: "bench comments")
            let added = try await BenchComments(seed: UInt64(signature.seed ?? 2026)).fill(app.db, total: comments, progress: commentProgress.update)
            commentProgress.finish()
            context.console.output("Comments added: \(added).", style: .plain)
        }
        try await app.settings.markKnowledgeChanged()
        await app.announce(.everything)
        context.console.output("\(report)", style: .plain)
    }
}
