import Fluent
import Foundation
import HallyuCore

/// Adds media, tags and articles.
public struct ArticleWriter: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Adds a media item unless an image with the same file name, or an embed of the same
    /// address, exists; returns its id either way.
    @discardableResult
    public func add(_ media: Media) async throws -> (KnowledgeWriter.Outcome, String) {
        let existing =
            media.kind == .image
            ? MediaModel.query(on: database).filter(\.$fileName == media.fileName)
            : MediaModel.query(on: database).filter(\.$kind == MediaKind.embed.rawValue).filter(\.$embedURL == media.embedURL)
        if let row = try await existing.first() {
            return (.existed, try row.requireID().coreID)
        }
        let row = MediaModel(from: media)
        try await row.create(on: database)
        return (.added, try row.requireID().coreID)
    }

    public func add(_ tag: Tag) async throws -> KnowledgeWriter.Outcome {
        if try await TagModel.query(on: database).filter(\.$slug == tag.slug).first() != nil { return .existed }
        try await TagModel(slug: tag.slug, name: tag.name).create(on: database)
        return .added
    }

    /// Adds an article with its byline, tags and subjects, all referred to by slug (the hero by
    /// its media id), and puts it in the search index when it is published, all in one transaction; an article whose
    /// slug exists is left alone.
    public func add(_ article: Article) async throws -> KnowledgeWriter.Outcome {
        try await database.writeTransaction { database in
            try await Self.add(article, on: database)
        }
    }

    private static func add(_ article: Article, on database: any Database) async throws -> KnowledgeWriter.Outcome {
        let lookup = KnowledgeWriter(database: database)
        if try await lookup.id(.article, article.slug) != nil { return .existed }
        if article.status == .published && article.publishedAt == nil {
            throw StoreError.invalid("a published article needs its publication time")
        }
        let row = ArticleModel()
        row.slug = article.slug
        row.title = article.title
        row.dek = article.dek
        row.body = article.body
        row.$hero.id = article.hero.flatMap { UUID(uuidString: $0.id) }
        row.status = article.status.rawValue
        row.publishedAt = article.publishedAt
        row.featured = article.featured
        row.commentsOpen = true
        try await row.create(on: database)
        let articleID = try row.requireID()
        for (position, author) in article.authors.enumerated() {
            guard let user = try await UserModel.query(on: database).filter(\.$slug == author.slug).first() else {
                throw StoreError.missingReference(.person, author.slug)
            }
            try await ArticleAuthorModel(articleID: articleID, userID: user.requireID(), position: position).create(on: database)
        }
        for tag in article.tags {
            let tagID = try await lookup.require(.tag, tag.slug)
            let link = ArticleTagModel()
            link.$article.id = articleID
            link.$tag.id = tagID
            try await link.create(on: database)
        }
        for (position, subject) in article.subjects.enumerated() {
            let entityID = try await lookup.require(subject.kind, subject.slug)
            try await ArticleSubjectModel(articleID: articleID, kind: subject.kind, entityID: entityID, position: position)
                .create(on: database)
        }
        let draft = ArticleDesk.Draft(
            title: article.title, slug: article.slug, dek: article.dek, body: article.body,
            heroMediaID: article.hero?.id, tags: article.tags.map(\.name), subjects: article.subjects)
        try await ArticleDesk(database: database).writeRevision(of: row, draft: draft, number: 1, by: nil, note: "imported")
        try await ArticleSearch(database: database).update(
            articleID: articleID, title: article.title, dek: article.dek,
            body: article.body,
            publishedAt: article.status == .published ? article.publishedAt : nil)
        return .added
    }
}
