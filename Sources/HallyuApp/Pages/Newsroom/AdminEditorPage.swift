import Foundation
import HallyuCore

/// `/admin/articles/new` and `/admin/articles/{id}/edit`.
struct AdminEditorPage: Encodable, Sendable {
    struct Fix: Encodable, Sendable {
        var label: String
        var value: String
    }

    struct Warning: Encodable, Sendable {
        var kind: String
        var message: String
        var text: String
        var fixes: [Fix]
        /// For a name the knowledge base lacks: where to add it.
        var createURL: String?
    }

    struct Mention: Encodable, Sendable {
        var name: String
        var url: String
        var kind: String
    }

    struct Option: Encodable, Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Conflict: Encodable, Sendable {
        var current: Int
        var yours: Int
        var diffURL: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    /// The form's target: the article's own address, or the new-article one.
    var action: String
    var isNew: Bool
    var form: ArticleForm
    var status: String
    var readOnly: Bool
    var steps: [Option]
    var zone: String
    /// Whether "create person" links are shown for unknown names.
    var mayCreatePeople: Bool
    var scheduledFor: String?
    var previewHTML: String
    var warnings: [Warning]
    var mentions: [Mention]
    var heroOptions: [Option]
    /// The library's recent images as the Markdown that places each in the body.
    var pictureOptions: [Option]
    var hero: ImageView?
    var tagNames: [String]
    var notice: String?
    var problem: String?
    var conflict: Conflict?
    var revisionsURL: String?
    var publicURL: String?
    /// The article's comments, for those who moderate them; nil on a new article.
    var discussion: Discussion?

    struct Discussion: Encodable, Sendable {
        var open: Bool
        var approved: Int
        var held: Int
        var action: String
    }
}
