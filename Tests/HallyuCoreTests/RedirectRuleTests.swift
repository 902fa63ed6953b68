import Foundation
import HallyuCore
import Testing

@Suite struct RedirectRuleTests {
    @Test func oldAddressesAreSpeltOneWay() {
        #expect(RedirectPath.normalise("https://old.example/2024/03/15/Queen-Of-Tears/") == "/2024/03/15/queen-of-tears")
        #expect(RedirectPath.normalise("/tag/%EB%88%88%EB%AC%BC/") == "/tag/눈물")
        #expect(RedirectPath.normalise("/?p=41&utm_source=x") == "/?p=41")
        #expect(RedirectPath.normalise("/?utm_source=x&page_id=2") == "/?page_id=2")
        #expect(RedirectPath.normalise("/old//path/#comments") == "/old/path")
        #expect(RedirectPath.normalise("relative/path") == nil)
        #expect(RedirectPath.normalise("/%00") == nil, "no address holds a control character")
        #expect(RedirectPath.normalise("/?p=1%0A") == nil)
    }

    @Test func rulesSayWhatIsWrong() throws {
        #expect(
            try RedirectRule.make(from: "/a/", to: "/articles/b", status: "").get() == RedirectRule(path: "/a", target: "/articles/b", status: 301))
        #expect(try RedirectRule.make(from: "/a", to: "ignored", status: "410").get() == RedirectRule(path: "/a", target: "", status: 410))
        let problems: [(String, String, String, RedirectProblem)] = [
            ("", "/b", "301", .noPath), ("a", "/b", "301", .notAPath("a")), ("/", "/b", "301", .homePage),
            ("/a", "/b", "307", .status("307")), ("/a", "", "302", .noTarget), ("/a", "//evil.example", "301", .badTarget("//evil.example")),
            ("/a", "javascript:alert(1)", "301", .badTarget("javascript:alert(1)")), ("/A/", "/a", "301", .loop),
        ]
        for (from, to, status, problem) in problems {
            #expect(RedirectRule.make(from: from, to: to, status: status) == .failure(problem), "\(from) \(to) \(status)")
        }
    }

    @Test func csvLinesAreRulesOrNumberedProblems() {
        let (rules, problems) = RedirectRule.parse(
            csv: "old,new,status\r\n/a,/b\r\n\"/c,d\",https://x.example/,302\r\n/e,,410\r\n/f\r\n/g,/h,1,2\r\n")
        #expect(rules.map(\.path) == ["/a", "/c,d", "/e"])
        #expect(
            problems == [
                "line 5: Give where the old address should lead, or choose 410 for a page that is gone.",
                "line 6: expected old address, new address and an optional status, found 4 fields",
            ])
    }
}
