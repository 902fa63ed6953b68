import Fluent
import Foundation
import HallyuCore

/// A pair of people and their public story.
final class CoupleModel: Model, @unchecked Sendable {
    static let schema = "couples"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Parent(key: "first_person_id") var first: PersonModel
    @Parent(key: "second_person_id") var second: PersonModel
    @Field(key: "note") var note: String
    @Children(for: \.$couple) var statuses: [CoupleStatusModel]

    init() {}

    init(slug: String, firstID: UUID, secondID: UUID, note: String) {
        self.slug = slug
        $first.id = firstID
        $second.id = secondID
        self.note = note
    }
}

/// One entry of a couple's status timeline.
final class CoupleStatusModel: Model, @unchecked Sendable {
    static let schema = "couple_statuses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "couple_id") var couple: CoupleModel
    @Field(key: "status") var status: String
    @Field(key: "date") var date: String
    @Field(key: "statement") var statement: String
    @OptionalParent(key: "source_article_id") var sourceArticle: ArticleModel?
    @OptionalField(key: "source_url") var sourceURL: String?

    init() {}

    init(coupleID: UUID, entry: StatusEntry, sourceArticleID: UUID?) {
        $couple.id = coupleID
        status = entry.status.rawValue
        date = entry.date.description
        statement = entry.statement
        $sourceArticle.id = sourceArticleID
        sourceURL = entry.sourceURL
    }
}
