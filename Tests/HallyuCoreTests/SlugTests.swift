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

    /// Slugs at the limit and past it: every slug made fits in 200 bytes, whole words where it
    /// can, and two long names that begin alike still get two slugs, the same each time.
    @Test func longSlugsAreCutToTheLimitTheSameWayEverywhere() throws {
        let exactly200 = String(repeating: "abcd-", count: 39) + "abcd"
        #expect(exactly200.utf8.count == 199)
        let fits = exactly200 + "e"
        #expect(fits.utf8.count == 200 && Slug.fitted(fits) == fits && Slug.make(from: fits) == fits)
        let over = fits + "f"
        let cut = Slug.fitted(over)
        #expect(cut.utf8.count <= 200 && Slug.isValid(cut), "\(cut)")
        #expect(cut.hasPrefix(String(repeating: "abcd-", count: 38)), "whole words kept")
        #expect(Slug.fitted(over) == cut, "the same slug every time")
        #expect(Slug.fitted(fits + "g") != cut, "another long slug, another ending")
        #expect(Slug.make(from: String(repeating: "Kim Min-seo ", count: 40)).utf8.count <= 200)
        // One word longer than the limit is cut inside it.
        let word = Slug.fitted(String(repeating: "a", count: 500))
        #expect(word.utf8.count == 200 && Slug.isValid(word))
        // Numbered and dated candidates fit with their endings.
        let long = String(repeating: "lee-", count: 60) + "min-ho"
        for candidate in Array(Slug.candidates(base: long, year: 1987).prefix(12)) {
            #expect(candidate.utf8.count <= 200 && Slug.isValid(candidate), "\(candidate)")
        }
        #expect(Array(Slug.candidates(base: long, year: 1987).prefix(3))[1].hasSuffix("-1987"))
        #expect(Array(Slug.candidates(base: long, year: nil).prefix(11)).last?.hasSuffix("-11") == true)
    }

    @Test func twoLongNamesMakeACoupleSlugThatFits() throws {
        let first = Slug.make(
            from: "Park Seo-joon Kang Ha-neul Lee Min-ho Kim Soo-hyun Song Joong-ki Hyun Bin Gong Yoo Lee Jong-suk Ji Chang-wook Seo In-guk")
        let second = Slug.make(
            from: "Kim Go-eun Park Shin-hye Bae Suzy Han So-hee Kim Ji-won Park Min-young Shin Min-a Son Ye-jin Jun Ji-hyun Song Hye-kyo")
        let couple = Couple.slug(joining: first, second)
        #expect(first.utf8.count + second.utf8.count + 5 > 200, "the plain join would not fit")
        #expect(couple.utf8.count <= 200 && Slug.isValid(couple), "\(couple)")
        #expect(couple == Couple.slug(joining: second, first), "the same couple, the same slug")
    }

    @Test func coupleSlugJoinsPeopleAlphabetically() throws {
        #expect(Couple.slug(joining: "song-kang", "han-so-hee") == "han-so-hee-and-song-kang")
        #expect(Couple.slug(joining: "han-so-hee", "song-kang") == "han-so-hee-and-song-kang")
    }
}
