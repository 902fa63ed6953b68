import Fluent
import Foundation

/// A poll, on an article or on a couple's page.
final class PollModel: Model, @unchecked Sendable {
    static let schema = "polls"

    @ID(key: .id) var id: UUID?
    @Field(key: "question") var question: String
    @OptionalParent(key: "article_id") var article: ArticleModel?
    @OptionalParent(key: "couple_id") var couple: CoupleModel?
    @OptionalField(key: "closes_at") var closesAt: Date?
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$poll) var options: [PollOptionModel]

    init() {}
}

/// One of a poll's choices, in the order the editor gave them.
final class PollOptionModel: Model, @unchecked Sendable {
    static let schema = "poll_options"

    @ID(key: .id) var id: UUID?
    @Parent(key: "poll_id") var poll: PollModel
    @Field(key: "label") var label: String
    @Field(key: "position") var position: Int

    init() {}
}

/// A counted vote: who cast it (a hash of the voter cookie) and from where (a hash of the address).
final class PollVoteModel: Model, @unchecked Sendable {
    static let schema = "poll_votes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "poll_id") var poll: PollModel
    @Parent(key: "option_id") var option: PollOptionModel
    @Field(key: "voter_key") var voterKey: String
    @Field(key: "address_hash") var addressHash: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
