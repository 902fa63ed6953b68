import Fluent
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// What follows every change to an article, whoever or whatever made it (the editor page, the
/// API, the scheduler): its mentions recorded again, "You might like" brought up to date when
/// readers can see the change, an audit entry, and the cached pages it touched dropped.
struct ArticlePublishing {
    let database: any Database
    let index: MentionIndex
    /// The request whose answer acknowledges the write; nil when the caller (the scheduler)
    /// announces the change itself.
    let request: Request?
    /// When the change is recorded as made.
    let now: Date

    init(_ req: Request) async throws {
        database = req.db
        index = try await req.application.mentionIndexCache.index(on: req.db)
        request = req
        now = req.now
    }

    init(database: any Database, index: MentionIndex, now: Date) {
        self.database = database
        self.index = index
        request = nil
        self.now = now
    }

    /// What an article write changed for readers: nothing unless the article is or was
    /// published; then its own page and everything that lists or links published articles.
    static func change(ofArticle id: String, isPublic: Bool) -> CacheChange {
        isPublic ? .of(.articles, .article(id)) : .tags([])
    }

    /// After a save: `action` is what the audit log says was done.
    func saved(_ entry: ArticleDesk.Entry, by user: User?, action: String) async throws {
        let isPublic = entry.article.status == .published
        try await record(entry, refreshRelated: isPublic)
        try await AuditLog(database: database).record(
            user, action, kind: "article", id: entry.article.id,
            summary: entry.article.title, at: now)
        await announce(Self.change(ofArticle: entry.article.id, isPublic: isPublic))
    }

    /// After a workflow step. Publishing and unpublishing change other articles' picks too.
    func stepped(_ entry: ArticleDesk.Entry, _ step: WorkflowStep, by user: User?, formatting: Formatting) async throws {
        try await record(entry, refreshRelated: step == .publish || step == .unpublish)
        var summary = entry.article.title
        if step == .schedule, let at = entry.scheduledAt { summary += " — for \(formatting.zonedTime(at))" }
        try await AuditLog(database: database).record(
            user, step.pastTense, kind: "article", id: entry.article.id,
            summary: summary, at: now)
        await announce(Self.change(ofArticle: entry.article.id, isPublic: step == .publish || step == .unpublish))
    }

    private func announce(_ change: CacheChange) async {
        await request?.announce(change)
    }

    private func record(_ entry: ArticleDesk.Entry, refreshRelated: Bool) async throws {
        let source = ArticleMentions.Source(
            slug: entry.article.slug, body: entry.article.body,
            subjects: entry.article.subjects.map { MentionTarget(kind: $0.kind, slug: $0.slug) })
        try await MentionRecorder(database: database, index: index).record(source, saved: refreshRelated)
    }
}
