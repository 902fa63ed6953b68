import Foundation
import HallyuCore
import Testing

@Suite struct AutoLinkingTests {
    private let hanSoHee = MentionTarget(kind: .person, slug: "han-so-hee")

    private var index: MentionIndex {
        var builder = NameRecordBuilder()
        builder.person(slug: "han-so-hee", name: "Han So-hee", nativeName: "한소희", aliases: [], agency: nil)
        builder.organization(slug: "jtbc", name: "JTBC", nativeName: nil, aliases: [])
        builder.title(slug: "nevertheless", name: "Nevertheless", nativeName: "알고있지만", aliases: [], networks: ["jtbc"])
        builder.credit(person: "han-so-hee", title: "nevertheless", character: "Yoo Na-bi", characterNative: "유나비", shortNames: ["Na-bi"])
        return MentionIndex(records: builder.build())
    }

    private func render(_ markdown: String, alreadyLinked: Set<MentionTarget> = []) -> String {
        let (document, _) = AutoLinking.link(Markdown.parse(markdown), index: index, subjects: [], alreadyLinked: alreadyLinked)
        return MarkdownHTMLRenderer { name in
            AutoLinking.target(fromLinkTarget: name).map { EntityLinkTarget(href: "/\($0.description)", kind: $0.kind.rawValue) }
        }.render(document)
    }

    @Test func onlyTheFirstMentionLinks() throws {
        let html = render("Han So-hee joined JTBC. Later Han So-hee left JTBC.")
        #expect(html.components(separatedBy: "href=\"/person/han-so-hee\"").count == 2)
        #expect(html.components(separatedBy: "href=\"/organization/jtbc\"").count == 2)
    }

    @Test func headingsLinksAndCodeAreLeftAlone() throws {
        let html = render("## Han So-hee\n\n[Han So-hee](https://example.com) and `Han So-hee`.\n\nThen 한소희는 smiled.")
        #expect(!(html.contains("<h2 id=\"han-so-hee\"><a")))
        #expect(html.contains("<code>Han So-hee</code>"))
        #expect(
            html.contains("href=\"/person/han-so-hee\"><span lang=\"ko\">한소희</span></a>"),
            "the Hangul mention in the last paragraph links, without its particle: \(html)")
    }

    @Test func writtenLinksWinAndCharactersResolveAfterTheirFullName() throws {
        #expect(!(render("Han So-hee again.", alreadyLinked: [hanSoHee]).contains("href=")))
        let html = render("Yoo Na-bi meets him. Na-bi hesitates.")
        #expect(html.components(separatedBy: "href=\"/character/nevertheless/yoo-na-bi\"").count == 2)
    }
}
