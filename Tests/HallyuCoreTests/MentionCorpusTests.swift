import Foundation
import HallyuCore
import HallyuTestSupport
import Testing

/// The linker against the labelled corpus in Fixtures/mentions, written before the linker: every
/// expected mention is marked `{TEXT|EXPECT}` (see the README there).
@Suite struct MentionCorpusTests {
    struct Knowledge: Decodable {
        struct Organization: Decodable {
            let slug, name: String
            let nativeName: String?
            let aliases: [String]?
        }
        struct Person: Decodable {
            let slug, name: String
            let nativeName, agency: String?
            let aliases: [String]?
        }
        struct Membership: Decodable { let person, group: String }
        struct Cast: Decodable {
            let person: String
            let character, characterNative: String?
            let shortNames: [String]?
        }
        struct Title: Decodable {
            let slug, name: String
            let nativeName: String?
            let aliases, networks: [String]?
            let cast: [Cast]?
        }
        let organizations: [Organization]
        let people: [Person]
        let memberships: [Membership]
        let titles: [Title]
    }

    static func folder() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/mentions", withExtension: nil))
    }

    /// The knowledge file as the linker's records (the corpus's own, unless another is named).
    static func records(from file: URL? = nil) throws -> [NameRecord] {
        let url = try file ?? folder().appendingPathComponent("knowledge.json")
        let knowledge = try JSONDecoder().decode(Knowledge.self, from: Data(contentsOf: url))
        var builder = NameRecordBuilder()
        for organization in knowledge.organizations {
            builder.organization(
                slug: organization.slug, name: organization.name, nativeName: organization.nativeName,
                aliases: organization.aliases ?? [])
        }
        for person in knowledge.people {
            builder.person(
                slug: person.slug, name: person.name, nativeName: person.nativeName, aliases: person.aliases ?? [],
                agency: person.agency)
        }
        for title in knowledge.titles {
            builder.title(
                slug: title.slug, name: title.name, nativeName: title.nativeName, aliases: title.aliases ?? [],
                networks: title.networks ?? [])
            for member in title.cast ?? [] {
                builder.credit(
                    person: member.person, title: title.slug, character: member.character,
                    characterNative: member.characterNative, shortNames: member.shortNames ?? [])
            }
        }
        for membership in knowledge.memberships { builder.membership(person: membership.person, group: membership.group) }
        return builder.build()
    }

    @Test func precisionAndRecallOnTheCorpus() throws {
        let index = MentionIndex(records: try Self.records())
        let files = try FileManager.default.contentsOfDirectory(at: Self.folder(), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" && $0.lastPathComponent != "README.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(files.count >= 20)
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, ambiguousFound = 0, ambiguousExpected = 0
        var report: [String] = []
        var wrongReports = 0
        for file in files {
            let labelled = LabelledText(try String(contentsOf: file, encoding: .utf8))
            let (subjects, text, expected) = (labelled.subjects, labelled.text, labelled.labels)
            let analysis = index.analyze(text, subjects: subjects)
            let links = expected.filter { $0.expect != "none" && $0.expect != "ambiguous" }
            let name = file.lastPathComponent
            for mention in analysis.mentions {
                if links.contains(where: { $0.start == mention.start && $0.end == mention.end && $0.expect == mention.target.description }) {
                    truePositives += 1
                } else {
                    falsePositives += 1
                    report.append("\(name): linked \"\(mention.text)\" → \(mention.target) (not expected)")
                }
            }
            for link in links
            where !analysis.mentions.contains(where: {
                $0.start == link.start && $0.end == link.end && $0.target.description == link.expect
            }) {
                falseNegatives += 1
                report.append("\(name): missed \"\(link.text)\" → \(link.expect)")
            }
            for reported in analysis.ambiguous
            where !expected.contains(where: {
                $0.expect == "ambiguous" && $0.start == reported.start && $0.end == reported.end
            }) {
                wrongReports += 1
                report.append("\(name): \"\(reported.text)\" reported as ambiguous (not expected)")
            }
            for spot in expected where spot.expect == "ambiguous" {
                ambiguousExpected += 1
                if analysis.ambiguous.contains(where: { $0.start == spot.start && $0.end == spot.end }) {
                    ambiguousFound += 1
                } else {
                    report.append("\(name): \"\(spot.text)\" was not reported as ambiguous")
                }
            }
        }
        let precision = Double(truePositives) / Double(max(truePositives + falsePositives, 1))
        let recall = Double(truePositives) / Double(max(truePositives + falseNegatives, 1))
        print(
            String(
                format: "Mention corpus: precision %.3f, recall %.3f (%d found, %d wrong, %d missed); ambiguous reported %d/%d",
                precision, recall, truePositives, falsePositives, falseNegatives, ambiguousFound, ambiguousExpected))
        print(report.joined(separator: "\n"))
        #expect(precision >= 0.98)
        #expect(recall >= 0.95)
        #expect(Double(ambiguousFound) / Double(max(ambiguousExpected, 1)) >= 0.9, "ambiguous names are reported")
        #expect(ambiguousExpected >= 20)
        #expect(wrongReports == 0, "near-misses and plain text are not reported")
    }
}
