import Foundation
import Testing

@testable import HallyuCore

@Suite struct SearchQueryTests {
    @Test func hangulIsIndexedAsSyllablePairsAndHyphenatedWordsAlsoJoined() throws {
        #expect(SearchTokens.indexText("송강호는 Han So-hee와") == "송강 강호 호는 han so hee sohee 와")
        #expect(SearchTokens.indexText("Rosé’s “hit”") == "roses hit")
    }

    @Test func querySyntaxIsText() throws {
        let query = SearchQuery("\"Squid Game\" NEAR * -season OR (2)")
        #expect(query.terms.map(\.word) == ["squid", "game", "near", "season", "or", "2"])
        #expect(query.fts5 == "\"squid\" AND \"game\" AND \"near\" AND \"season\" AND \"or\" AND \"2\"")
        #expect(query.tsquery() == "'squid' & 'game' & 'near' & 'season' & 'or' & '2'")
    }

    @Test func hangulWordsArePhrasesOfPairsAndOneSyllableIsAPrefix() throws {
        #expect(SearchQuery("송강호").fts5 == "\"송강 강호\"")
        #expect(SearchQuery("송강호").tsquery() == "('송강' <-> '강호')")
        #expect(SearchQuery("송").fts5 == "\"송\"*")
        #expect(SearchQuery("송").tsquery() == "'송':*")
        #expect(SearchQuery("So-hee").fts5 == "\"sohee\"")
        #expect(SearchQuery("송 kang").tsquery(weight: "A") == "'송':*A & 'kang':A")
        #expect(SearchQuery("kang").fts5(column: "title") == "title : (\"kang\")")
    }

    @Test func anEntitysNamesAreAlternatives() throws {
        let query = SearchQuery("송강").including(names: ["Song Kang", "송강"])
        #expect(query.fts5 == "(\"송강\") OR (\"song\" AND \"kang\")")
        #expect(query.tsquery() == "('송강') | ('song' & 'kang')")
        #expect(query.fts5(column: "title") == "title : ((\"송강\") OR (\"song\" AND \"kang\"))")
        let initials = SearchQuery("ㅎㅅㅎ").including(names: ["Han So-hee"])
        #expect(initials.termSets.map { $0.map(\.word) } == [["ㅎㅅㅎ"], ["han", "sohee"]])
    }

    @Test func nothingToLookFor() throws {
        for text in ["", "   \n\t ", "?!…—", "\"*\" ()"] {
            #expect(SearchQuery(text).isEmpty, "\(text)")
        }
        let long = SearchQuery(String(repeating: "drama ", count: 200))
        #expect(long.terms.count == 1, "repeated words count once")
        #expect(SearchQuery(String(repeating: "a", count: 1_000)).text.count <= SearchQuery.maxLength)
    }

    @Test func snippetsMarkTheMatchingWordsAndGiveOffsets() throws {
        let text = "Before the series, 송강이 starred in Love Alarm. Han So-hee later joined him in Nevertheless, a romance."
        let snippet = SearchSnippet(text, query: SearchQuery("sohee 송강"))
        #expect(snippet.highlights.map { String(snippet.text[$0]) } == ["송강이", "So-hee"])
        #expect(snippet.html.contains("<mark><span lang=\"ko\">송강이</span></mark>"), "\(snippet.html)")
        #expect(snippet.html.contains("Han <mark>So-hee</mark> later"), "\(snippet.html)")
        let first = snippet.offsets[0]
        #expect(first.end - first.start == 3, "three UTF-16 units")
        #expect(first.utf8End - first.utf8Start == 9, "nine UTF-8 bytes")
    }

    @Test func aLongTextIsCutAroundItsMatches() throws {
        let text =
            String(repeating: "Filler words about nothing much. ", count: 30) + "Then IU appears. " + String(repeating: "More filler. ", count: 30)
        let snippet = SearchSnippet(text, query: SearchQuery("IU"), length: 80)
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"), "\(snippet.text)")
        #expect(snippet.text.count <= 84)
        #expect(snippet.highlights.map { String(snippet.text[$0]) } == ["IU"])
    }
}

@Suite struct SearchTokenSpansTests {
    /// Words found by walking characters, as the tokenizer always did; the byte-reading
    /// tokenizer must find exactly these.
    private func reference(_ text: String) -> [String] {
        func word(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        func hangul(_ c: Character) -> Bool { c.unicodeScalars.first.map { HangulSyllable($0) != nil } ?? false }
        var result: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard word(text[index]) else {
                index = text.index(after: index)
                continue
            }
            let isHangul = hangul(text[index])
            let start = index
            var end = text.index(after: index)
            while end < text.endIndex {
                let next = text[end]
                if word(next) && hangul(next) == isHangul {
                    end = text.index(after: end)
                } else if !isHangul, next == "-" || next == "'" || next == "\u{2019}",
                    case let after = text.index(after: end), after < text.endIndex, word(text[after]), !hangul(text[after])
                {
                    end = after
                } else {
                    break
                }
            }
            result.append(String(text[start..<end]))
            index = end
        }
        return result
    }

    @Test func bytesAndCharactersFindTheSameWords() throws {
        let samples = [
            "Han So-hee's new drama, \"My Name\", premieres 15 Oct.",
            "Café au lait: Jisóo and Kim Ji-soo’s duet — 송강호는 1967년생.",
            "e\u{301}clair and a\u{308}b: combining marks stay inside their word",
            "line one\r\nline two\ttab -leading trailing- don't 'quoted' rock'n'roll",
            "한소희와 송강이 ㅎㅅㅎ 함께 K-pop과 BLACKPINK의 Jennie",
            "emoji 👩‍👩‍👧 between words, and ＦＵＬＬ width, ① and ½",
            "", "-", "a", "'a'", "a-", "-a", "a--b", "x’y",
        ]
        for sample in samples {
            let spans = SearchTokens.words(in: sample).map { String(sample[$0.range]) }
            #expect(spans == reference(sample), "\(sample)")
        }
    }
}
