/// Turns what the knowledge base knows about a couple or a title into the skeleton of a story:
/// headed sections already holding the facts, the roles, the quotes and the status record,
/// each with its source, for a writer to turn into prose.
public enum DraftGenerator {
    /// A generated draft, ready for the article editor.
    public struct Draft: Sendable, Equatable {
        public var title: String
        public var dek: String
        public var body: String
        public var subjects: [EntityRef]
    }

    /// Where the site shows an entity; `Paths` in the web layer says the same.
    public typealias PathOf = @Sendable (EntityRef) -> String

    public static func couple(
        _ couple: Couple, shared: [(first: Credit, second: Credit)], quotes: [Quote],
        path: PathOf
    ) -> Draft {
        let (a, b) = (couple.first, couple.second)
        var sections: [String] = []
        sections.append(
            section(
                "Who they are",
                [
                    "\(named(a)) and \(named(b))\(shared.isEmpty ? "" : " have shared the screen in \(count(shared.count, "title"))"). "
                        + "Their pages in the knowledge base hold the full record: [\(a.name)](\(path(a))), [\(b.name)](\(path(b)))."
                ]))
        if !shared.isEmpty {
            sections.append(
                section(
                    "On screen together",
                    shared.map { pair in
                        let title = pair.first.title
                        let roles = [role(pair.first), role(pair.second)].joined(separator: "; ")
                        return "- *\(title.name)*: \(roles). Source: [cast of \(title.name)](\(path(title)))."
                    }))
        }
        let timeline = couple.timeline.sorted { $0.date < $1.date }
        if !timeline.isEmpty {
            sections.append(
                section(
                    "The record so far",
                    timeline.map { entry in
                        "- **\(entry.date.longForm): \(entry.status.label).** \(sentence(entry.statement)) "
                            + "Source: \(source(article: entry.sourceArticle, url: entry.sourceURL, path: path))."
                    }))
        }
        if !quotes.isEmpty { sections.append(section("In their words", quotes.map { quoted($0, path: path) })) }
        sections.append(
            section(
                "What is new",
                [
                    "Write the news here: what happened, who said it and where, and what it changes in the record above."
                ]))
        let status = couple.currentStatus.map { " (\($0.label.lowercased()))" } ?? ""
        return Draft(
            title: "\(a.name) and \(b.name): the story so far",
            dek: "What the record shows about \(a.name) and \(b.name)\(status), with every source.",
            body: sections.joined(separator: "\n\n") + "\n",
            subjects: [couple.ref, a, b])
    }

    public static func title(_ title: Title, cast: [Credit], couples: [Couple], quotes: [Quote], path: PathOf) -> Draft {
        let ref = title.ref
        var facts: [String] = []
        if let first = title.firstAired {
            facts.append("- Aired: \(first.longForm)\(title.lastAired.map { " to \($0.longForm)" } ?? "")")
        }
        if let episodes = title.episodes { facts.append("- Episodes: \(episodes)") }
        if !title.networks.isEmpty { facts.append("- Network: \(title.networks.map(\.name).joined(separator: ", "))") }
        if !title.platforms.isEmpty { facts.append("- Streaming: \(title.platforms.map(\.name).joined(separator: ", "))") }
        if !title.genres.isEmpty { facts.append("- Genre: \(title.genres.joined(separator: ", "))") }
        facts.append("\nSource: [\(title.name) in the knowledge base](\(path(ref))).")
        var sections = [section("At a glance", facts)]
        if !title.synopsis.isEmpty { sections.append(section("The story", [title.synopsis])) }
        let ordered = cast.sorted { ($0.billing, $0.order) < ($1.billing, $1.order) }
        if !ordered.isEmpty {
            sections.append(
                section(
                    "Who plays whom",
                    ordered.prefix(12).map { "- " + role($0) }
                        + ["\nSource: [cast of \(title.name)](\(path(ref)))."]))
        }
        if !couples.isEmpty {
            sections.append(
                section(
                    "Couples",
                    couples.map { couple in
                        "- [\(couple.name)](\(path(couple.ref)))\(couple.currentStatus.map { ": \($0.label.lowercased())" } ?? "")"
                    }))
        }
        if !quotes.isEmpty { sections.append(section("In their words", quotes.map { quoted($0, path: path) })) }
        sections.append(
            section(
                "What is new",
                [
                    "Write the news here: the ratings, the casting, the release or the reception, and where it comes from."
                ]))
        let leads = ordered.filter { $0.billing == .lead }.prefix(2).map(\.person.name)
        return Draft(
            title: "\(title.name): cast, characters and what to know",
            dek: leads.isEmpty
                ? "Everything on record about \(title.name), with sources."
                : "\(leads.joined(separator: " and ")) lead \(title.name); here is everything on record, with sources.",
            body: sections.joined(separator: "\n\n") + "\n",
            subjects: [ref])
    }

    private static func section(_ heading: String, _ lines: [String]) -> String {
        "## \(heading)\n\n" + lines.joined(separator: "\n")
    }

    private static func named(_ ref: EntityRef) -> String {
        ref.nativeName.map { "\(ref.name) (\($0))" } ?? ref.name
    }

    private static func role(_ credit: Credit) -> String {
        credit.characterName.map { "\(credit.person.name) as \($0)" } ?? credit.person.name
    }

    private static func quoted(_ quote: Quote, path: PathOf) -> String {
        let when = quote.date.map { ", \($0.longForm)" } ?? ""
        let manner = quote.kind == .paraphrased ? " (paraphrased)" : ""
        return "> \(quote.text)\n>\n> — \(quote.speaker.name)\(when)\(manner). "
            + "Source: \(source(article: quote.sourceArticle, url: quote.sourceURL, path: path)).\n"
    }

    private static func source(article: EntityRef?, url: String?, path: PathOf) -> String {
        if let article { return "[\(article.name)](\(path(article)))" }
        if let url { return "<\(url)>" }
        return "none given; find one before publishing"
    }

    private static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let last = trimmed.last else { return "" }
        return ".!?".contains(last) ? trimmed : trimmed + "."
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "one \(noun)" : "\(n) \(noun)s"
    }
}
