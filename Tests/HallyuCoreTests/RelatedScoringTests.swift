import Foundation
import Testing

@testable import HallyuCore

@Suite struct RelatedScoringTests {
    private let day = 86_400.0
    private let start = Date(timeIntervalSince1970: 1_700_000_000)

    private func article(
        _ subjects: Set<String>, mentions: Set<String> = [], tags: Set<String> = [], title: String = "",
        daysLater: Double = 0
    ) -> RelatedScoring.Features {
        RelatedScoring.Features(
            subjects: subjects, mentions: mentions, tags: tags, title: title,
            publishedAt: start.addingTimeInterval(daysLater * day))
    }

    /// 1,000 articles; the popular drama is in 500 of them, the couple in 5.
    private let rarity = RelatedScoring.Rarity(frequencies: ["drama": 500, "couple": 5, "tag": 300, "actor": 50], total: 1_000)

    @Test func aRareSharedEntityOutweighsACommonOne() throws {
        let source = article(["drama", "couple"])
        let sharesDrama = article(["drama"])
        let sharesCouple = article(["couple"])
        #expect(RelatedScoring.score(source, sharesCouple, rarity: rarity) > RelatedScoring.score(source, sharesDrama, rarity: rarity))
    }

    @Test func beingAboutCountsMoreThanBeingNamed() throws {
        let source = article(["actor"])
        #expect(
            RelatedScoring.score(source, article(["actor"]), rarity: rarity)
                > RelatedScoring.score(source, article([], mentions: ["actor"]), rarity: rarity))
    }

    @Test func timeApartLessensARelation() throws {
        let source = article(["actor"])
        let near = RelatedScoring.score(source, article(["actor"], daysLater: 10), rarity: rarity)
        let year = RelatedScoring.score(source, article(["actor"], daysLater: 365), rarity: rarity)
        let decade = RelatedScoring.score(source, article(["actor"], daysLater: 3_650), rarity: rarity)
        #expect(near > year)
        #expect(abs(year / RelatedScoring.score(source, article(["actor"]), rarity: rarity) - 0.5) <= 0.001)
        #expect(abs(decade / RelatedScoring.score(source, article(["actor"]), rarity: rarity) - 0.25) <= 0.001, "old stories keep a quarter")
    }

    @Test func titlesAndTagsAddButNothingSharedScoresNothing() throws {
        let source = article([], tags: ["tag"], title: "Squid Game season two begins")
        #expect(RelatedScoring.score(source, article([], title: "Squid Game ratings"), rarity: rarity) > 0)
        #expect(RelatedScoring.score(source, article([], tags: ["tag"]), rarity: rarity) > 0)
        #expect(RelatedScoring.score(source, article(["drama"], title: "The weather"), rarity: rarity) == 0)
    }

    @Test func topKeepsTheBestAndDropsTheUnrelated() throws {
        let source = article(["couple", "drama"])
        let candidates: [(id: Int, features: RelatedScoring.Features)] = [
            (1, article(["drama"])), (2, article(["couple"])), (3, article(["other"])), (4, article(["couple", "drama"])),
        ]
        #expect(RelatedScoring.top(5, for: source, among: candidates, rarity: rarity).map(\.id) == [4, 2, 1])
    }
}
