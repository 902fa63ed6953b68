import Fluent
import Foundation
import HallyuCore
import HallyuStore

/// Stores which entities each article names: the names linked automatically and those the
/// writer linked with `[[…]]`, counted where they occur. Runs when an article is saved, and
/// for every article after the knowledge base learns new names; an article whose names
/// changed gets its "You might like" picks, and its neighbours', brought up to date.
struct MentionRecorder {
    let database: any Database
    let index: MentionIndex

    /// A recorder with an index built from what the knowledge base holds now.
    static func current(on database: any Database) async throws -> MentionRecorder {
        let records = try await KnowledgeRepository(database: database).nameRecords()
        return MentionRecorder(database: database, index: await OwnThread.run { MentionIndex(records: records) })
    }

    /// `saved`: the article itself was just published or edited, so its picks are refreshed
    /// whatever it names.
    func record(_ source: ArticleMentions.Source, saved: Bool = false) async throws {
        let (changed, articleID) = try await recordMentions(source)
        if changed || saved { try await RelatedArticles(database: database).refresh(articleID: articleID) }
    }

    private func recordMentions(_ source: ArticleMentions.Source) async throws -> (changed: Bool, articleID: UUID) {
        let parsed = Markdown.parse(source.body)
        let written = try await KnowledgeRepository(database: database).entities(named: parsed.entityLinkTargets)
        let writtenTargets = Set(written.values.map { MentionTarget(kind: $0.kind, slug: $0.slug) })
        var counts: [MentionTarget: Int] = [:]
        for target in writtenTargets { counts[target, default: 0] += 1 }
        let found = AutoLinking.link(parsed, index: index, subjects: source.subjects, alreadyLinked: writtenTargets).mentions
        for mention in found { counts[mention.target, default: 0] += 1 }
        return try await ArticleMentions(database: database).record(articleSlug: source.slug, counts: counts)
    }

    /// Records every article again; returns how many there were.
    @discardableResult
    func recordAll() async throws -> Int {
        let sources = try await ArticleMentions(database: database).sources()
        for source in sources { try await record(source) }
        return sources.count
    }
}
