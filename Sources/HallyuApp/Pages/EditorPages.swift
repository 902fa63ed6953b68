import Foundation
import HallyuCore

/// `/admin/articles`.
struct AdminArticlesPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var editURL: String
        var title: String
        var status: String
        var authors: String
        var when: String
    }

    struct Filter: Encodable, Sendable {
        var label: String
        var url: String
        var current: Bool
    }

    var meta: PageMeta
    var frame: AdminFrame
    var filters: [Filter]
    var rows: [Row]
    var pager: Pager
    var onlyYours: Bool
    /// The draft generator's one-click choices: `couples/{slug}` and the couple's name.
    var draftSources: [Filter]
}

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

/// `/admin/articles/{id}/revisions`.
struct AdminRevisionsPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var number: Int
        var savedAt: String
        var savedBy: String
        var note: String
        var isCurrent: Bool
        var compareURL: String?
    }

    var meta: PageMeta
    var frame: AdminFrame
    var title: String
    var editURL: String
    var restoreBase: String
    var current: Int
    var rows: [Row]
    var canRestore: Bool
}

/// `/admin/articles/{id}/revisions/diff`.
struct AdminDiffPage: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        var kind: String
        var sign: String
        var text: String
        var oldNumber: String
        var newNumber: String
        var gap: Bool
    }

    var meta: PageMeta
    var frame: AdminFrame
    var title: String
    var from: Int
    var to: Int
    var added: Int
    var removed: Int
    var lines: [Line]
    var revisionsURL: String
    var editURL: String
}

/// `/admin/media`.
struct AdminMediaPage: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var id: String
        var url: String
        var fileName: String
        var alt: String
        var caption: String
        var credit: String
        var sourceURL: String
        var licence: String
        var size: String
        var uses: Int
        var missing: [String]
    }

    /// What was typed into the upload form, kept when it is sent back.
    struct Typed: Encodable, Sendable {
        var alt = ""
        var caption = ""
        var credit = ""
        var sourceURL = ""
        var licence = ""
    }

    var meta: PageMeta
    var frame: AdminFrame
    var query: String
    var items: [Item]
    var pager: Pager
    var typed: Typed
    var notice: String?
    var problem: String?
    var maxMegabytes: Int
}

/// `/admin/kb/people`.
struct AdminPeoplePage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var name: String
        var nativeName: String?
        var publicURL: String
        var editURL: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var query: String
    var people: [Row]
    var pager: Pager
}

/// A quote as the newsroom lists it on a person's page and a couple's: who said it, about whom,
/// when, its source, and the id its remove button sends.
struct NewsroomQuoteLine: Encodable, Sendable {
    var id: String
    var text: String
    var speaker: String
    /// The names of those it is about, joined; empty when it is about no one in particular.
    var about: String
    var date: String
    var sourceName: String
    var sourceURL: String

    init(_ quote: Quote) {
        id = quote.id
        text = quote.text
        speaker = quote.speaker.name
        about = quote.about.map(\.name).joined(separator: ", ")
        date = quote.date?.longForm ?? ""
        (sourceName, sourceURL) = Self.source(article: quote.sourceArticle, url: quote.sourceURL)
    }

    /// A source's name and address: one of our articles, else the web address as both.
    static func source(article: EntityRef?, url: String?) -> (name: String, url: String) {
        article.map { ($0.name, Paths.article($0.slug)) } ?? (url ?? "", url ?? "")
    }
}

/// `/admin/kb/people/new` and `/admin/kb/people/{slug}/edit`.
struct AdminPersonPage: Encodable, Sendable {
    var meta: PageMeta
    var frame: AdminFrame
    var isNew: Bool
    var action: String
    var form: PersonForm
    var fields: [NewsroomFormField]
    var publicURL: String?
    var mergeAction: String?
    /// Their quotes, and where the quote form posts.
    var quotes: [NewsroomQuoteLine]
    var quoteAction: String?
    var typedQuote: PeoplePagesController.QuoteForm?
    var notice: String?
    var problem: String?
}

/// `/admin/kb/couples` and `/admin/kb/couples/{slug}`: the couples and one couple's sourced record.
struct AdminCouplesPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var name: String
        var url: String
        var status: String
    }

    struct Entry: Encodable, Sendable {
        var date: String
        var status: String
        var text: String
        var sourceName: String
        var sourceURL: String
        /// What the remove button sends: `status|date`.
        var removeValue: String
    }

    struct Option: Encodable, Sendable {
        var value: String
        var label: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var couples: [Row]
    var note: String?
    /// One couple's page, when one is open.
    var name: String?
    var publicURL: String?
    var action: String?
    var timeline: [Entry]
    var quotes: [NewsroomQuoteLine]
    var statuses: [Option]
    var speakers: [Option]
    var typedStatus: KnowledgeInputs.StatusInput?
    var typedQuote: CouplePagesController.QuoteForm?
    var typedCouple: CouplePagesController.NewCoupleForm?
    var notice: String?
    var problem: String?
}

/// `/admin/kb/titles` and `/admin/kb/organizations`: a list, or one entry's form.
struct AdminEntriesPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var name: String
        var detail: String
        var editURL: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    /// "Titles" or "Organizations".
    var heading: String
    var listURL: String
    var rows: [Row]
    var pager: Pager?
    /// The form, when one entry (or a new one) is open.
    var formTitle: String?
    var action: String?
    var publicURL: String?
    var fields: [NewsroomFormField]
    /// A title's cast, with the form that adds a role.
    var cast: [Row]
    var castAction: String?
    var notice: String?
    var problem: String?
}
