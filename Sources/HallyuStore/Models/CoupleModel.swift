import Fluent
import Foundation
import HallyuCore

/// A pair of people and their public story.
public final class CoupleModel: Model, @unchecked Sendable {
    public static let schema = "couples"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Parent(key: "first_person_id") public var first: PersonModel
    @Parent(key: "second_person_id") public var second: PersonModel
    @Field(key: "note") public var note: String
    @Children(for: \.$couple) public var statuses: [CoupleStatusModel]

    public init() {}

    public init(slug: String, firstID: UUID, secondID: UUID, note: String) {
        self.slug = slug
        $first.id = firstID
        $second.id = secondID
        self.note = note
    }
}

/// One entry of a couple's status timeline.
public final class CoupleStatusModel: Model, @unchecked Sendable {
    public static let schema = "couple_statuses"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "couple_id") public var couple: CoupleModel
    @Field(key: "status") public var status: String
    @Field(key: "date") public var date: String
    @Field(key: "statement") public var statement: String
    @OptionalParent(key: "source_article_id") public var sourceArticle: ArticleModel?
    @OptionalField(key: "source_url") public var sourceURL: String?

    public init() {}

    init(coupleID: UUID, entry: StatusEntry, sourceArticleID: UUID?) {
        $couple.id = coupleID
        status = entry.status.rawValue
        date = entry.date.description
        statement = entry.statement
        $sourceArticle.id = sourceArticleID
        sourceURL = entry.sourceURL
    }
}
