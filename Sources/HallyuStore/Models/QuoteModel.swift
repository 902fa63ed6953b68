import Fluent
import Foundation
import HallyuCore

/// A quote with its speaker and source.
final class QuoteModel: Model, @unchecked Sendable {
    static let schema = "quotes"

    @ID(key: .id) var id: UUID?
    @Field(key: "text") var text: String
    @Field(key: "kind") var kind: String
    @Parent(key: "speaker_id") var speaker: PersonModel
    @OptionalParent(key: "source_article_id") var sourceArticle: ArticleModel?
    @OptionalField(key: "source_url") var sourceURL: String?
    @OptionalField(key: "date") var date: String?
    @Field(key: "context") var context: String
    @Children(for: \.$quote) var subjects: [QuoteSubjectModel]

    init() {}

    init(quote: Quote, speakerID: UUID, sourceArticleID: UUID?) {
        text = quote.text
        kind = quote.kind.rawValue
        $speaker.id = speakerID
        $sourceArticle.id = sourceArticleID
        sourceURL = quote.sourceURL
        date = quote.date?.description
        context = quote.context
    }
}

/// Whom or what a quote is about: an entity by kind and id.
final class QuoteSubjectModel: Model, @unchecked Sendable {
    static let schema = "quote_subjects"

    @ID(key: .id) var id: UUID?
    @Parent(key: "quote_id") var quote: QuoteModel
    @Field(key: "entity_kind") var entityKind: String
    @Field(key: "entity_id") var entityID: UUID

    init() {}

    init(quoteID: UUID, kind: EntityKind, entityID: UUID) {
        $quote.id = quoteID
        entityKind = kind.rawValue
        self.entityID = entityID
    }
}
