import Foundation
import HallyuCore

/// The names the benchmarks match: every idol, group, drama and cast member of the open data
/// beside the project, then made-up Korean people until the index holds at least 50,000
/// aliases and spelling variants; and article text from the demo newsroom.
enum BenchmarkData {
    static let targetKeys = 50_000

    /// The project folder: this file is in Benchmarks/Benchmarks/NameMatching.
    static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var sharedData: URL {
        if let folder = ProcessInfo.processInfo.environment["HALLYU_SHARED_DATA"] { return URL(fileURLWithPath: folder) }
        return project.deletingLastPathComponent().appendingPathComponent("shared/data")
    }

    struct Names {
        var records: [NameRecord]
        var realRecords: Int
        var syntheticPeople: Int
    }

    static let names: Names = {
        var builder = NameRecordBuilder()
        var slugs = Set<String>()
        func slug(_ name: String) -> String {
            let base = Slug.make(from: name).isEmpty ? "entity" : Slug.make(from: name)
            var candidate = base
            var counter = 2
            while !slugs.insert(candidate).inserted {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            return candidate
        }
        var keys = Set<String>()
        func count(_ names: [String], hangul: String?) {
            for name in names { keys.insert(NameKey.make(name)) }
            if let hangul { keys.formUnion(NameVariants.keys(forHangul: hangul)) }
        }

        let kpopnet = sharedData.appendingPathComponent("kpopnet/kpopnet.json")
        if let data = try? Data(contentsOf: kpopnet), let file = try? KpopnetFile.decode(data) {
            for group in file.groups {
                let organization = group.organization(parentName: nil)
                builder.organization(
                    slug: slug(group.name), name: organization.name, nativeName: organization.nativeName,
                    aliases: organization.aliases)
                count([organization.name] + organization.aliases, hangul: nil)
            }
            for idol in file.idols {
                let person = idol.person
                builder.person(
                    slug: slug(person.name), name: person.name, nativeName: person.nativeName,
                    aliases: person.aliases, agency: nil)
                count([person.name] + person.aliases, hangul: person.nativeName)
            }
        } else {
            print("\(kpopnet.path) is absent: made-up names only")
        }
        let dramas = sharedData.appendingPathComponent("maybes-dramadatabase/kowiki_dramas_with_cast.csv")
        if let text = try? String(contentsOf: dramas, encoding: .utf8), let file = try? KowikiDramaFile(csv: text) {
            var people: [String: String] = [:]
            for drama in file.dramas {
                let titleSlug = slug(Romanization.title(drama.title))
                builder.title(
                    slug: titleSlug, name: Romanization.title(drama.title), nativeName: drama.title,
                    aliases: drama.aliases, networks: [])
                count([drama.title] + drama.aliases, hangul: nil)
                for member in drama.cast {
                    let personSlug =
                        people[member.key]
                        ?? {
                            let spelled = NameVariants.spellings(forHangul: member.name, limit: 1).first ?? member.name
                            let made = slug(spelled)
                            builder.person(slug: made, name: spelled, nativeName: member.name, aliases: [], agency: nil)
                            count([spelled], hangul: member.name)
                            people[member.key] = made
                            return made
                        }()
                    builder.credit(person: personSlug, title: titleSlug, character: nil, characterNative: nil, shortNames: [])
                }
            }
        } else {
            print("\(dramas.path) is absent: made-up names only")
        }
        let real = builder.build().count

        // Made-up people, reproducibly: common family names and given-name syllables.
        let families = Array("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
        let syllables = Array("민서지현수영준우진하윤은도연주호성아예태원희경재혜소정유채승동시나다라미보상건규혁훈석빈린율온솔")
        var generator = SeededRandom(seed: 2026)
        var synthetic = 0
        while keys.count < targetKeys {
            let family = families[generator.next(below: families.count)]
            let first = syllables[generator.next(below: syllables.count)]
            let second = syllables[generator.next(below: syllables.count)]
            let hangul = String([family, first, second])
            let spelled = NameVariants.spellings(forHangul: hangul, limit: 1).first ?? hangul
            builder.person(slug: slug(spelled), name: spelled, nativeName: hangul, aliases: [], agency: nil)
            count([spelled], hangul: hangul)
            synthetic += 1
        }
        return Names(records: builder.build(), realRecords: real, syntheticPeople: synthetic)
    }()

    /// The demo articles' text, repeated until it has at least `bytes` UTF-8 bytes.
    static func articleText(bytes: Int) -> String {
        var text = ""
        let corpus = demoArticles.joined(separator: "\n\n")
        while text.utf8.count < bytes { text += corpus + "\n\n" }
        return text
    }

    /// The first `count` words of the demo articles: an article of that length.
    static func article(words count: Int) -> String {
        demoArticles.joined(separator: "\n\n").split(separator: " ", omittingEmptySubsequences: true)
            .prefix(count).joined(separator: " ")
    }

    static let demoArticles: [String] = {
        let folder = project.appendingPathComponent("Sources/HallyuApp/Resources/Demo/articles")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }.compactMap { file in
            // The body, after the front matter.
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
            let parts = text.components(separatedBy: "\n---\n")
            return parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n") : text
        }
    }()

    /// Resident memory of this process, from /proc (Linux).
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
