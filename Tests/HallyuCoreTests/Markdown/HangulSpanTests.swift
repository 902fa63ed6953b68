import Foundation
import HallyuCore
import Testing

@Suite struct HangulSpanTests {
    @Test func runsIncludeSpacesAndPunctuationBetweenHangul() throws {
        #expect(renderHTML("Drama 사랑의 불시착, 정말 좋아요! OK") == "<p>Drama <span lang=\"ko\">사랑의 불시착, 정말 좋아요</span>! OK</p>\n")
    }

    @Test func separateRunsAroundLatin() throws {
        #expect(renderHTML("한 and 두") == "<p><span lang=\"ko\">한</span> and <span lang=\"ko\">두</span></p>\n")
    }

    @Test func jamoAndCompatibilityJamo() throws {
        #expect(renderHTML("ㅋㅋㅋ lol") == "<p><span lang=\"ko\">ㅋㅋㅋ</span> lol</p>\n")
    }

    @Test func notInCodeOrAttributes() throws {
        #expect(renderHTML("`한국어` ![한국](/k.png \"제목\")") == "<p><code>한국어</code> <img src=\"/k.png\" alt=\"한국\" title=\"제목\" /></p>\n")
        #expect(renderHTML("```\n한국어\n```") == "<pre><code>한국어\n</code></pre>\n")
    }

    @Test func insideHeadingsEmphasisAndLinks() throws {
        #expect(
            renderHTML("## **배우** [김수현](/p/kim)")
                == "<h2 id=\"section-1\"><strong><span lang=\"ko\">배우</span></strong> <a href=\"/p/kim\"><span lang=\"ko\">김수현</span></a></h2>\n")
    }

    @Test func notInsideElementsAlreadyKorean() throws {
        let resolver: (String) -> EntityLinkTarget? = { _ in EntityLinkTarget(href: "/p/iu", kind: "person", lang: "ko") }
        #expect(renderHTML("[[아이유]]", resolveEntity: resolver) == "<p><a class=\"entity entity--person\" href=\"/p/iu\" lang=\"ko\">아이유</a></p>\n")
    }

    @Test func textIsStillEscaped() throws {
        #expect(renderHTML("한 & \"국\"") == "<p><span lang=\"ko\">한 &amp; &quot;국</span>&quot;</p>\n")
    }

    @Test func specModeHasNoSpans() throws {
        #expect(renderHTML("한국어", options: .commonMark) == "<p>한국어</p>\n")
    }
}
