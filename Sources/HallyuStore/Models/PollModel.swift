import Fluent
import Foundation

/// A poll, on an article or on a couple's page.
public final class PollModel: Model, @unchecked Sendable {
    public static let schema = "polls"

    @ID(key: .id) public var id: UUID?
    @Field(key: "question") public var question: String
    @OptionalParent(key: "article_id") public var article: ArticleModel?
    @OptionalParent(key: "couple_id") public var couple: CoupleModel?
    @OptionalField(key: "closes_at") public var closesAt: Date?
    @Field(key: "created_at") public var createdAt: Date
    @Children(for: \.$poll) public var options: [PollOptionModel]

    public init() {}
}

/// One of a poll's choices, in the order the editor gave them.
public final class PollOptionModel: Model, @unchecked Sendable {
    public static let schema = "poll_options"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "poll_id") public var poll: PollModel
    @Field(key: "label") public var label: String
    @Field(key: "position") public var position: Int

    public init() {}
}

/// A counted vote: who cast it (a hash of the voter cookie) and from where (a hash of the address).
public final class PollVoteModel: Model, @unchecked Sendable {
    public static let schema = "poll_votes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "poll_id") public var poll: PollModel
    @Parent(key: "option_id") public var option: PollOptionModel
    @Field(key: "voter_key") public var voterKey: String
    @Field(key: "address_hash") public var addressHash: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
