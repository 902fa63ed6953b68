import Foundation
import HallyuCore

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
    var typedQuote: PersonPagesController.QuoteForm?
    var notice: String?
    var problem: String?
}
