import HallyuCore
import XCTest

final class HTMLTextTests: XCTestCase {
    func testHangulIsMarkedAndEverythingEscaped() {
        XCTAssertEqual(HTMLText.markingKorean("Han So-hee (한소희) <b>"),
                       "Han So-hee (<span lang=\"ko\">한소희</span>) &lt;b&gt;")
        XCTAssertEqual(HTMLText.markingKorean("Kim Ji-soo"), "Kim Ji-soo")
        XCTAssertEqual(HTMLText.markingKorean("\"A\" & B"), "&quot;A&quot; &amp; B")
    }

    func testOnlyWebAddressesAreLinkable() {
        XCTAssertTrue(WebAddress.isLinkable("https://www.ygfamily.com"))
        XCTAssertTrue(WebAddress.isLinkable("HTTP://example.com/a?b"))
        for bad in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "/relative", "https://", "https:// x.com",
                    "ftp://example.com", ""] {
            XCTAssertFalse(WebAddress.isLinkable(bad), bad)
        }
    }
}
