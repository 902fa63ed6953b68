import Foundation
import HallyuCore

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
