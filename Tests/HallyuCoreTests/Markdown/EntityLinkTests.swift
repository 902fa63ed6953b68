import Foundation
import HallyuCore
import Testing

@Suite struct EntityLinkTests {
    private let resolver: (String) -> EntityLinkTarget? = { name in
        switch name {
        case "Han So-hee": EntityLinkTarget(href: "/people/han-so-hee", kind: "person")
        case "아이유": EntityLinkTarget(href: "/people/iu", kind: "person", lang: "ko")
        case "Goblin": EntityLinkTarget(href: "/titles/goblin", kind: "title")
        default: nil
        }
    }

    @Test func parsesTargetAndText() throws {
        #expect(
            parseBlocks("[[Han So-hee]] and [[Goblin|the drama]]") == [
                .paragraph([
                    .entityLink(target: "Han So-hee", text: "Han So-hee"), .text(" and "),
                    .entityLink(target: "Goblin", text: "the drama"),
                ])
            ])
        #expect(parseBlocks("[[ Kim   Go-eun |  her  ]]") == [.paragraph([.entityLink(target: "Kim Go-eun", text: "her")])])
    }

    @Test func resolvedLinksCarryKindAndLanguage() throws {
        #expect(
            renderHTML("[[Han So-hee]], [[Goblin|도깨비]] and [[아이유]]", resolveEntity: resolver)
                == "<p><a class=\"entity entity--person\" href=\"/people/han-so-hee\">Han So-hee</a>, "
                + "<a class=\"entity entity--title\" href=\"/titles/goblin\"><span lang=\"ko\">도깨비</span></a> and "
                + "<a class=\"entity entity--person\" href=\"/people/iu\" lang=\"ko\">아이유</a></p>\n")
    }

    @Test func unresolvedLinksAreSpans() throws {
        #expect(
            renderHTML("[[Nobody|some <one>]]", resolveEntity: resolver)
                == "<p><span class=\"entity entity--unresolved\">some &lt;one&gt;</span></p>\n")
        #expect(renderHTML("[[Goblin]]") == "<p><span class=\"entity entity--unresolved\">Goblin</span></p>\n")
    }

    @Test func unclosedOrEmptyLinksAreText() throws {
        #expect(parseBlocks("[[Goblin\n]]") == [.paragraph([.text("[[Goblin"), .softBreak, .text("]]")])])
        #expect(renderHTML("[[]] and [[|x]]") == "<p>[[]] and [[|x]]</p>\n")
    }

    @Test func literalInsideCodeSpans() throws {
        #expect(parseBlocks("`[[Goblin]]`") == [.paragraph([.code("[[Goblin]]")])])
    }

    @Test func plainTextUsesTheText() throws {
        #expect(MarkdownPlainText.render(Markdown.parse("Starring [[Han So-hee|Han]].")) == "Starring Han.")
    }

    @Test func notInsideOrdinaryLinks() throws {
        #expect(renderHTML("[see [[Goblin]]](/x)", resolveEntity: resolver) == "<p><a href=\"/x\">see Goblin</a></p>\n")
    }

    @Test func specModeReadsBracketsAsCommonMark() throws {
        #expect(renderHTML("[[Goblin]]", options: .commonMark) == "<p>[[Goblin]]</p>\n")
    }
}

@Suite struct EntityLinkTargetsTests {
    @Test func targetsAreCollectedOnceInOrderFromEveryContainer() throws {
        let document = Markdown.parse(
            """
            [[Han So-hee]] met [[Song Kang|him]].

            > *[[Nevertheless]]* and [[Han So-hee]]
            > — [[Song Kang]]

            - [[JTBC]]

            | a | b |
            |---|---|
            | [[Netflix]] | `[[Not a link]]` |
            """)
        #expect(document.entityLinkTargets == ["Han So-hee", "Song Kang", "Nevertheless", "JTBC", "Netflix"])
    }
}
