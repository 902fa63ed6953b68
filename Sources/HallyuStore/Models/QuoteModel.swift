import Fluent
import Foundation
import HallyuCore

/// A quote with its speaker and source.
public final class QuoteModel: Model, @unchecked Sendable {
    public static let schema = "quotes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "text") public var text: String
    @Field(key: "kind") public var kind: String
    @Parent(key: "speaker_id") public var speaker: PersonModel
    @OptionalParent(key: "source_article_id") public var sourceArticle: ArticleModel?
    @OptionalField(key: "source_url") public var sourceURL: String?
    @OptionalField(key: "date") public var date: String?
    @Field(key: "context") public var context: String
    @Children(for: \.$quote) public var subjects: [QuoteSubjectModel]

    public init() {}

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
public final class QuoteSubjectModel: Model, @unchecked Sendable {
    public static let schema = "quote_subjects"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "quote_id") public var quote: QuoteModel
    @Field(key: "entity_kind") public var entityKind: String
    @Field(key: "entity_id") public var entityID: UUID

    public init() {}

    init(quoteID: UUID, kind: EntityKind, entityID: UUID) {
        $quote.id = quoteID
        entityKind = kind.rawValue
        self.entityID = entityID
    }
}
