import Fluent
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// Publishes scheduled articles when they are due. The schedule lives in the database, so a
/// restart loses nothing: the first round after start-up publishes whatever fell due while
/// the server was down. Several instances may run it against one database; `publishDue`
/// hands each article to exactly one of them, and only that one writes the audit entry.
final class ScheduledPublisher: LifecycleHandler, Sendable {
    private let work: RepeatingWork

    init(interval: Duration) {
        work = RepeatingWork(every: interval)
    }

    /// Starts the rounds. (The serve command calls this after migrating, when the application
    /// has long booted; the lifecycle hook is for stopping.)
    func start(_ app: Application) {
        work.start { _ in
            do {
                let published = try await Self.publishDue(app, now: app.now)
                app.metrics.scheduledPublished.increment(by: Int64(published))
                app.metrics.schedulerRound.set(Date().timeIntervalSince1970)
            } catch {
                app.logger.error("Scheduled publishing failed; trying again in a moment: \(String(reflecting: error))")
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        await work.stop()
    }

    /// One round: publishes what is due and returns how many articles went out.
    @discardableResult
    static func publishDue(_ app: Application, now: Date) async throws -> Int {
        let desk = app.articleDesk
        let ids = try await desk.publishDue(now: now)
        guard !ids.isEmpty else { return 0 }
        let publishing = ArticlePublishing(database: app.db, index: try await app.mentionIndexCache.index(on: app.db), now: now)
        // One article's follow-up failing must not keep the others from theirs.
        for id in ids {
            do {
                guard let entry = try await desk.entry(id: id) else { continue }
                try await publishing.stepped(entry, .publish, by: nil, formatting: app.formatting)
                app.logger.notice("Published \"\(entry.article.title)\" as scheduled.")
            } catch {
                app.logger.error("Article \(id) was published as scheduled, but updating what follows failed: \(String(reflecting: error))")
            }
        }
        // After the follow-ups, so no page built from half of them is kept; whatever failed.
        await app.announce(.tags(Set([.articles] + ids.map(CacheTag.article))))
        return ids.count
    }
}
