import Foundation
import HallyuCore
import Testing

@Suite struct HTMLTextTests {
    @Test func hangulIsMarkedAndEverythingEscaped() throws {
        #expect(HTMLText.markingKorean("Han So-hee (한소희) <b>") == "Han So-hee (<span lang=\"ko\">한소희</span>) &lt;b&gt;")
        #expect(HTMLText.markingKorean("Kim Ji-soo") == "Kim Ji-soo")
        #expect(HTMLText.markingKorean("\"A\" & B") == "&quot;A&quot; &amp; B")
    }

    @Test func onlyWebAddressesAreLinkable() throws {
        #expect(WebAddress.isLinkable("https://www.ygfamily.com"))
        #expect(WebAddress.isLinkable("HTTP://example.com/a?b"))
        for bad in [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "/relative", "https://", "https:// x.com",
            "ftp://example.com", "",
        ] {
            #expect(!(WebAddress.isLinkable(bad)), "\(bad)")
        }
    }
}
