import Foundation
import HallyuCore
import Testing

@Suite struct SlugTests {
    @Test func slugsFollowTheContract() throws {
        #expect(Slug.make(from: "Han So-hee") == "han-so-hee")
        #expect(Slug.make(from: "BLACKPINK") == "blackpink")
        #expect(Slug.make(from: "Rosé") == "rose")
        #expect(Slug.make(from: "Crash Landing on You!") == "crash-landing-on-you")
        #expect(Slug.make(from: "  The World of the Married  ") == "the-world-of-the-married")
        #expect(Slug.make(from: "Don't Dare to Dream") == "dont-dare-to-dream")
        #expect(Slug.make(from: "한소희") == "", "Hangul alone gives no ASCII slug; callers choose a fallback")
        // Stage names with marks inside read as they are said; marks between words separate them.
        #expect(Slug.make(from: "E.SO") == "eso")
        #expect(Slug.make(from: "IZ*ONE") == "izone")
        #expect(Slug.make(from: "(G)I-DLE") == "gi-dle")
        #expect(Slug.make(from: "woo!ah!") == "wooah")
        #expect(Slug.make(from: "Dal★Shabet") == "dalshabet")
        #expect(Slug.make(from: "EL7Z U+P") == "el7z-up")
        #expect(Slug.make(from: "LOONA 1/3") == "loona-1-3")
        #expect(Slug.make(from: "Mr. Sunshine") == "mr-sunshine")
        #expect(Slug.make(from: "Love & War") == "love-war")
        #expect(Slug.make(from: "fromis_9") == "fromis-9")
        #expect(Slug.make(from: "IU·아이유") == "iu")
        #expect(Slug.make(from: "6.25") == "6-25")
    }

    @Test func validSlugs() throws {
        #expect(Slug.isValid("han-so-hee"))
        #expect(Slug.isValid("kim-ji-won-1992"))
        for bad in ["", "-a", "a-", "a--b", "Han", "a b", "../etc", "한소희", String(repeating: "a", count: 201)] {
            #expect(!(Slug.isValid(bad)), "\(bad)")
        }
    }

    @Test func collisionCandidatesUseTheYearThenNumbers() throws {
        #expect(
            Array(Slug.candidates(base: "kim-ji-won", year: 1992).prefix(4)) == ["kim-ji-won", "kim-ji-won-1992", "kim-ji-won-2", "kim-ji-won-3"])
        #expect(Array(Slug.candidates(base: "home", year: nil).prefix(3)) == ["home", "home-2", "home-3"])
    }

    @Test func coupleSlugJoinsPeopleAlphabetically() throws {
        #expect(Couple.slug(joining: "song-kang", "han-so-hee") == "han-so-hee-and-song-kang")
        #expect(Couple.slug(joining: "han-so-hee", "song-kang") == "han-so-hee-and-song-kang")
    }
}
