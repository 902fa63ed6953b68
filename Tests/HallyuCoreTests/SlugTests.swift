import HallyuCore
import XCTest

final class SlugTests: XCTestCase {
    func testSlugsFollowTheContract() {
        XCTAssertEqual(Slug.make(from: "Han So-hee"), "han-so-hee")
        XCTAssertEqual(Slug.make(from: "BLACKPINK"), "blackpink")
        XCTAssertEqual(Slug.make(from: "Rosé"), "rose")
        XCTAssertEqual(Slug.make(from: "Crash Landing on You!"), "crash-landing-on-you")
        XCTAssertEqual(Slug.make(from: "  The World of the Married  "), "the-world-of-the-married")
        XCTAssertEqual(Slug.make(from: "Don't Dare to Dream"), "dont-dare-to-dream")
        XCTAssertEqual(Slug.make(from: "한소희"), "", "Hangul alone gives no ASCII slug; callers choose a fallback")
    }

    func testValidSlugs() {
        XCTAssertTrue(Slug.isValid("han-so-hee"))
        XCTAssertTrue(Slug.isValid("kim-ji-won-1992"))
        for bad in ["", "-a", "a-", "a--b", "Han", "a b", "../etc", "한소희", String(repeating: "a", count: 201)] {
            XCTAssertFalse(Slug.isValid(bad), bad)
        }
    }

    func testCollisionCandidatesUseTheYearThenNumbers() {
        XCTAssertEqual(Array(Slug.candidates(base: "kim-ji-won", year: 1992).prefix(4)),
                       ["kim-ji-won", "kim-ji-won-1992", "kim-ji-won-2", "kim-ji-won-3"])
        XCTAssertEqual(Array(Slug.candidates(base: "home", year: nil).prefix(3)), ["home", "home-2", "home-3"])
    }

    func testCoupleSlugJoinsPeopleAlphabetically() {
        XCTAssertEqual(Couple.slug(joining: "song-kang", "han-so-hee"), "han-so-hee-and-song-kang")
        XCTAssertEqual(Couple.slug(joining: "han-so-hee", "song-kang"), "han-so-hee-and-song-kang")
    }
}
