import Foundation
import HallyuCore

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
