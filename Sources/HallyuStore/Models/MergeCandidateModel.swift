import Fluent
import Foundation

/// Two people an import could not tell apart nor tell to be one: the same Hangul name with no
/// shared birth date, group or credit. An editor merges them or dismisses the pair.
final class MergeCandidateModel: Model, @unchecked Sendable {
    static let schema = "merge_candidates"

    @ID(key: .id) var id: UUID?
    /// The person who was there first, and the newcomer.
    @Parent(key: "first_id") var first: PersonModel
    @Parent(key: "second_id") var second: PersonModel
    @Field(key: "reason") var reason: String
    @Field(key: "dismissed") var dismissed: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(first: UUID, second: UUID, reason: String, createdAt: Date) {
        $first.id = first
        $second.id = second
        self.reason = reason
        dismissed = false
        self.createdAt = createdAt
    }
}
