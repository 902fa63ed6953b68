import Foundation
@testable import HallyuCore
import XCTest

final class RelatedScoringTests: XCTestCase {
    private let day = 86_400.0
    private let start = Date(timeIntervalSince1970: 1_700_000_000)

    private func article(_ subjects: Set<String>, mentions: Set<String> = [], tags: Set<String> = [], title: String = "",
                         daysLater: Double = 0) -> RelatedScoring.Features {
        RelatedScoring.Features(subjects: subjects, mentions: mentions, tags: tags, title: title,
                                publishedAt: start.addingTimeInterval(daysLater * day))
    }

    /// 1,000 articles; the popular drama is in 500 of them, the couple in 5.
    private let rarity = RelatedScoring.Rarity(frequencies: ["drama": 500, "couple": 5, "tag": 300, "actor": 50], total: 1_000)

    func testARareSharedEntityOutweighsACommonOne() {
        let source = article(["drama", "couple"])
        let sharesDrama = article(["drama"])
        let sharesCouple = article(["couple"])
        XCTAssertGreaterThan(RelatedScoring.score(source, sharesCouple, rarity: rarity),
                             RelatedScoring.score(source, sharesDrama, rarity: rarity))
    }

    func testBeingAboutCountsMoreThanBeingNamed() {
        let source = article(["actor"])
        XCTAssertGreaterThan(RelatedScoring.score(source, article(["actor"]), rarity: rarity),
                             RelatedScoring.score(source, article([], mentions: ["actor"]), rarity: rarity))
    }

    func testTimeApartLessensARelation() {
        let source = article(["actor"])
        let near = RelatedScoring.score(source, article(["actor"], daysLater: 10), rarity: rarity)
        let year = RelatedScoring.score(source, article(["actor"], daysLater: 365), rarity: rarity)
        let decade = RelatedScoring.score(source, article(["actor"], daysLater: 3_650), rarity: rarity)
        XCTAssertGreaterThan(near, year)
        XCTAssertEqual(year / RelatedScoring.score(source, article(["actor"]), rarity: rarity), 0.5, accuracy: 0.001)
        XCTAssertEqual(decade / RelatedScoring.score(source, article(["actor"]), rarity: rarity), 0.25, accuracy: 0.001,
                       "old stories keep a quarter")
    }

    func testTitlesAndTagsAddButNothingSharedScoresNothing() {
        let source = article([], tags: ["tag"], title: "Squid Game season two begins")
        XCTAssertGreaterThan(RelatedScoring.score(source, article([], title: "Squid Game ratings"), rarity: rarity), 0)
        XCTAssertGreaterThan(RelatedScoring.score(source, article([], tags: ["tag"]), rarity: rarity), 0)
        XCTAssertEqual(RelatedScoring.score(source, article(["drama"], title: "The weather"), rarity: rarity), 0)
    }

    func testTopKeepsTheBestAndDropsTheUnrelated() {
        let source = article(["couple", "drama"])
        let candidates: [(id: Int, features: RelatedScoring.Features)] = [
            (1, article(["drama"])), (2, article(["couple"])), (3, article(["other"])), (4, article(["couple", "drama"])),
        ]
        XCTAssertEqual(RelatedScoring.top(5, for: source, among: candidates, rarity: rarity).map(\.id), [4, 2, 1])
    }
}
