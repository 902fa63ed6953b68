import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Names with both open-data imports loaded, through `POST /api/v1/analyze` as an editor's page
/// calls it: ordinary English that is full of stage names, places, Title Case teasers and
/// typographic punctuation.
@Suite("Names at the scale of the imports")
struct NamesAtScaleTests {
    private func analyze(_ app: Application, _ text: String) async throws -> EditorAnalysis {
        let payload = String(decoding: try JSONEncoder().encode(["text": text]), as: UTF8.self)
        let response = try await app.testing().sendRequest(
            .POST, "/api/v1/analyze", headers: ["Content-Type": "application/json"], body: ByteBuffer(string: payload))
        #expect(response.status == .ok)
        return try json(EditorAnalysis.self, response)
    }

    private func links(_ analysis: EditorAnalysis) -> [String] {
        analysis.mentions.map { "\($0.text)=\($0.entity.kind.rawValue)/\($0.entity.slug)" }
    }

    private func warnings(_ analysis: EditorAnalysis) -> [String] {
        analysis.warnings.map { "\($0.kind): \($0.text)" }
    }

    /// Each text links exactly the names given, in order, and raises no warning.
    private func expectLinksAndNoWarnings(_ app: Application, _ cases: [(String, [String])]) async throws {
        for (text, expected) in cases {
            let analysis = try await analyze(app, text)
            #expect(links(analysis) == expected, "\(text)")
            #expect(warnings(analysis).isEmpty, "\(text): \(warnings(analysis))")
        }
    }

    @Test func ordinaryEnglishLinksNobody() async throws {
        try await RealScaleKnowledge.withLoadedApp { app in
            let texts = [
                "After the match, Lisa thanked the coach and Joy went home early.",
                "“Twice a week is plenty,” the trainer said. Rosé pairs well with grilled fish.",
                "\"Twice a week is plenty,\" the trainer said. Rose pairs well with grilled fish.",
                "In April the garden fills with colour; by Monday the rain had stopped and Winter was a memory.",
            ]
            try await expectLinksAndNoWarnings(app, texts.map { ($0, []) })
        }
    }

    @Test func theSameNamesLinkWithEvidence() async throws {
        try await RealScaleKnowledge.withLoadedApp { app in
            let cases: [(String, [String])] = [
                // The group's possessive, straight or curly.
                ("BLACKPINK’s Lisa thanked the crowd in Bangkok.", ["BLACKPINK=organization/blackpink", "Lisa=person/lisa"]),
                ("BLACKPINK's Lisa thanked the crowd in Bangkok.", ["BLACKPINK=organization/blackpink", "Lisa=person/lisa"]),
                // The group named later in the same paragraph, a fellow member, the full name first.
                ("Joy, who has sung with Red Velvet since 2014, hosts the show.", ["Joy=person/joy", "Red Velvet=organization/red-velvet"]),
                ("Jennie and Lisa arrived first; Jisoo followed.", ["Jennie=person/jennie", "Lisa=person/lisa", "Jisoo=person/jisoo"]),
                ("Lalisa Manobal was born in Buriram. Lisa moved to Seoul in 2010.", ["Lalisa Manobal=person/lisa", "Lisa=person/lisa"]),
                // A name inside quotation marks, and the group in its own capitals.
                ("“Lisa” trended for hours after BLACKPINK’s encore.", ["Lisa=person/lisa", "BLACKPINK=organization/blackpink"]),
                ("TWICE will tour Europe next spring.", ["TWICE=organization/twice"]),
                // A short sentence of names is no headline: the names stand.
                ("Han So-hee starred in My Name.", ["Han So-hee=person/han-so-hee", "My Name=title/my-name"]),
                // Hangul with full-width brackets and punctuation.
                ("「제니」와 （리사）가 무대에 섰다。", ["제니=person/jennie", "리사=person/lisa"]),
            ]
            try await expectLinksAndNoWarnings(app, cases)
        }
    }

    @Test func placesAndCommonWordsAreNoMisspellings() async throws {
        try await RealScaleKnowledge.withLoadedApp { app in
            let texts = [
                "We flew to Busan, then took the train back to Seoul.",
                "Drama fans waited all week.",
                "Jenny Morris and Wendell Hughes opened the new library in Leeds.",
            ]
            try await expectLinksAndNoWarnings(app, texts.map { ($0, []) })
        }
    }

    @Test func titleCaseTeasersLinkTheirNamesAndNothingElse() async throws {
        try await RealScaleKnowledge.withLoadedApp { app in
            let cases: [(String, [String])] = [
                (
                    "Read more: IU and BLACKPINK’s Lisa Look Great Together, See Their Photos!",
                    ["IU=person/iu", "BLACKPINK=organization/blackpink", "Lisa=person/lisa"]
                ),
                (
                    "Related: Why Red Velvet’s Joy Chose A Quiet Comeback",
                    ["Red Velvet=organization/red-velvet", "Joy=person/joy"]
                ),
                ("Check Out Han So-hee’s Best Scenes In My Name", ["Han So-hee=person/han-so-hee", "My Name=title/my-name"]),
                ("Check Out Han So-hee's Best Scenes In My Name", ["Han So-hee=person/han-so-hee", "My Name=title/my-name"]),
                // Ordinary Title Case: no names, no warnings.
                ("You might like: Twice the Flavour, Half the Time, and a Rosé for Every Budget", []),
            ]
            try await expectLinksAndNoWarnings(app, cases)
        }
    }

    @Test func aRealMisspellingIsStillFlagged() async throws {
        try await RealScaleKnowledge.withLoadedApp { app in
            let analysis = try await analyze(app, "Critics praised Han Soo-he in the finale of My Name.")
            let warning = try #require(analysis.warnings.first { $0.kind == "misspelling" })
            #expect(warning.text == "Han Soo-he")
            #expect(warning.suggestions.first?.slug == "han-so-hee")
        }
    }
}

/// Search with both imports loaded: a near miss is offered only when it is a likely answer.
@Suite("Search at the scale of the imports")
struct SearchAtScaleTests {
    private func entities(_ app: Application, _ q: String) async throws -> [String] {
        let response = try await get(app, "/api/v1/search?q=" + QueryValue.encoded(q))
        #expect(response.status == .ok)
        return try json(SearchDTO.self, response).entities.map { "\($0.kind)/\($0.slug)" }
    }

    @Test func placesAndUnknownNamesOfferNoStranger() async throws {
        try await RealScaleKnowledge.withLoadedApp { app in
            for query in ["Seoul", "Busan", "Gangnam", "Jungkook"] {
                let found = try await entities(app, query)
                #expect(found.isEmpty, "\(query): no stranger is offered as the answer, \(found)")
            }
            let page = try await get(app, "/search?q=Jungkook")
            #expect(page.status == .ok)
            #expect(page.text.contains("There is no person called &quot;Jungkook&quot; in the knowledge base"))
            let place = try await get(app, "/search?q=Seoul")
            #expect(!place.text.contains("There is no person called"), "a place is not taken for a person")
        }
    }

    @Test func slipsAndSpellingsStillFindThePerson() async throws {
        try await RealScaleKnowledge.withLoadedApp { app in
            // A slip of one letter, two letters swapped, the Hangul name, and a name that is also a
            // given name (a search for it is a search for her).
            for (query, expected) in [
                ("Han Soheee", "person/han-so-hee"), ("Jennei", "person/jennie"), ("한소희", "person/han-so-hee"),
                ("Lisa", "person/lisa"),
            ] {
                let found = try await entities(app, query)
                #expect(found.first == expected, "\(query): \(found)")
            }
        }
    }
}

/// People the two imports share a Hangul name for, with nothing else in common, wait for an
/// editor on `/admin/kb/duplicates`.
@Suite("Possible duplicates across the imports")
struct DuplicatesAtScaleTests {
    @Test func sameHangulNameWithoutEvidenceIsAPairNotAMerge() async throws {
        try await RealScaleKnowledge.withLoadedApp { app in
            let pairs = try await MergeCandidates(database: app.db).open(limit: 5000)
            print("Possible duplicates after both imports: \(pairs.count)")
            let wonyoung = pairs.first { pair in
                Set([pair.first.person.slug, pair.second.person.slug]) == ["jang-wonyoung", "jang-won-young"]
            }
            let pair = try #require(wonyoung, "IVE's Jang Wonyoung and the drama list's 장원영 are left to an editor")
            let idol = try #require([pair.first, pair.second].first { $0.person.slug == "jang-wonyoung" })
            #expect(idol.groups.contains("IVE"))
            #expect(pair.reason.contains("장원영"))
            // Every pair shares a Hangul name and no birth year apart.
            for pair in pairs {
                #expect(pair.first.person.nativeName != nil || pair.second.person.nativeName != nil)
                if let first = pair.first.person.birthDate?.year, let second = pair.second.person.birthDate?.year {
                    #expect(first == second, "\(pair.first.person.slug) and \(pair.second.person.slug)")
                }
            }
        }
    }
}
