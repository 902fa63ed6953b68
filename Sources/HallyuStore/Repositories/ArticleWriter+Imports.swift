import Fluent
import Foundation
import HallyuCore

extension ArticleWriter {
    /// Places an imported post: a new article the first time, the same article updated (with a
    /// revision saying so) when the source changed it since, nothing when it did not. Comments
    /// not placed before are added under their parents; those placed before are left to the
    /// moderators. Runs inside the caller's transaction.
    func place(_ post: ImportedPost, ledger: inout ImportLedger) async throws -> (outcome: ImportedPostOutcome, slug: String, comments: Int) {
        let row: ArticleModel
        var outcome: ImportedPostOutcome
        if let id = ledger[post.key], let existing = try await ArticleModel.find(id, on: database) {
            row = existing
            outcome = ledger.versions[post.key] == post.version ? .unchanged : .updated
        } else {
            row = ArticleModel()
            row.slug = try await SlugAllocator(database: database).available(.article, name: post.slug, year: nil)
            outcome = .added
        }
        if outcome != .unchanged {
            try await write(post, into: row, isNew: outcome == .added)
            try await ledger.record(post.key, kind: EntityKind.article.rawValue, try row.requireID(), version: post.version, on: database)
        }
        let added = try await placeComments(post.comments, articleID: try row.requireID(), ledger: &ledger)
        if outcome == .unchanged && added > 0 { outcome = .updated }
        return (outcome, row.slug, added)
    }

    private func write(_ post: ImportedPost, into row: ArticleModel, isNew: Bool) async throws {
        row.title = post.title
        row.dek = post.dek
        row.body = post.body
        row.$hero.id = post.heroMediaID
        row.status = post.status.rawValue
        row.publishedAt = post.publishedAt
        row.scheduledAt = post.scheduledAt
        row.featured = post.featured
        row.commentsOpen = post.commentsOpen
        row.isPage = post.isPage
        try await row.save(on: database)
        let articleID = try row.requireID()
        try await ArticleAuthorModel.query(on: database).filter(\.$article.$id == articleID).delete()
        if let slug = post.authorSlug, let user = try await UserModel.query(on: database).filter(\.$slug == slug).first() {
            try await ArticleAuthorModel(articleID: articleID, userID: user.requireID(), position: 0).create(on: database)
        }
        try await ArticleTagModel.query(on: database).filter(\.$article.$id == articleID).delete()
        let tags = post.tagSlugs.isEmpty ? [] : try await TagModel.query(on: database).filter(\.$slug ~~ post.tagSlugs).all()
        for tag in tags {
            let link = ArticleTagModel()
            link.$article.id = articleID
            link.$tag.id = try tag.requireID()
            try await link.create(on: database)
        }
        try await ArticleSubjectModel.query(on: database).filter(\.$article.$id == articleID).delete()
        var subjects: [EntityRef] = []
        let lookup = KnowledgeWriter(database: database)
        for subject in post.subjects {
            guard let entityID = try await lookup.id(subject.kind, subject.slug) else { continue }
            try await ArticleSubjectModel(articleID: articleID, kind: subject.kind, entityID: entityID, position: subjects.count)
                .create(on: database)
            subjects.append(EntityRef(kind: subject.kind, slug: subject.slug, name: subject.slug))
        }
        let number = isNew ? 1 : (try await ArticleRevisionModel.query(on: database).filter(\.$article.$id == articleID).max(\.$number) ?? 0) + 1
        let draft = ArticleDesk.Draft(
            title: post.title, slug: row.slug, dek: post.dek, body: post.body, heroMediaID: post.heroMediaID?.coreID,
            tags: tags.map(\.name), subjects: subjects)
        try await ArticleDesk(database: database).writeRevision(
            of: row, draft: draft, number: number, by: nil, note: isNew ? "imported" : "updated by a later import")
        try await ArticleSearch(database: database).update(
            articleID: articleID, title: post.title, dek: post.dek, body: post.body,
            publishedAt: post.status == .published && !post.isPage ? post.publishedAt : nil)
    }

    /// Parents first, whatever order the source listed them in; a reply whose parent is
    /// missing becomes a comment of its own.
    private func placeComments(_ comments: [ImportedComment], articleID: UUID, ledger: inout ImportLedger) async throws -> Int {
        var pending = comments.filter { ledger[$0.key] == nil }
        var added = 0
        while !pending.isEmpty {
            let known = Set(comments.map(\.key))
            let ready = pending.filter { comment in
                guard let parent = comment.parentKey, known.contains(parent) else { return true }
                return ledger[parent] != nil
            }
            // A loop of replies answering each other cannot be threaded: its first stands alone.
            let batch = ready.isEmpty ? [pending[0]] : ready
            for comment in batch {
                let row = CommentModel()
                row.$article.id = articleID
                row.$parent.id = ready.isEmpty ? nil : comment.parentKey.flatMap { ledger[$0] }
                row.name = comment.name
                row.email = comment.email
                row.body = comment.body
                row.status = comment.status.rawValue
                row.commenterKey = "imported"
                row.addressHash = ""
                row.createdAt = comment.createdAt
                try await row.create(on: database)
                try await ledger.record(comment.key, kind: "comment", try row.requireID(), on: database)
                added += 1
            }
            let placedKeys = Set(batch.map(\.key))
            pending.removeAll { placedKeys.contains($0.key) }
        }
        return added
    }
}
