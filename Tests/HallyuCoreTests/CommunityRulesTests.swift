import Foundation
import Testing

@testable import HallyuCore

@Suite struct CommunityRulesTests {
    // MARK: Comment body

    @Test func aBodyLosesControlCharactersTrailingSpacesAndExtraBlankLines() throws {
        let raw = "  Hello\u{0}\u{7}\u{85} there \r\n\r\n\r\n\r\nsecond\tline  \rthird\u{202E}\u{2066}\u{FEFF}\n\n"
        #expect(try CommentText.cleanBody(raw) == "Hello there\n\nsecond line\nthird")
        #expect(try CommentText.cleanBody("one\r\ntwo\rthree") == "one\ntwo\nthree")
    }

    @Test func aBodyWithNothingVisibleIsRefused() throws {
        for raw in ["", " \n\t \r\n", "\u{200B}\u{200C}\u{200D}\u{2060}", "\u{0}\u{1F}\u{7F}\u{9F}\u{202E}\u{2069}\u{FEFF}"] {
            do {
                _ = try CommentText.cleanBody(raw)
                Issue.record("\(raw.debugDescription)")
            } catch {
                #expect(error as? CommentProblem == CommentProblem.emptyBody)
            }
        }
        #expect(CommentProblem.emptyBody.message == "Write something before you send your comment.")
    }

    @Test func aBodyIsCountedInCharactersAsReadersSeeThem() throws {
        let longest = String(repeating: "한", count: 4999) + "e\u{301}"
        #expect(try CommentText.cleanBody(longest) == longest)
        do {
            _ = try CommentText.cleanBody(String(repeating: "한", count: 5001))
            Issue.record("an error was expected")
        } catch {
            #expect(error as? CommentProblem == CommentProblem.bodyTooLong(characters: 5001))
        }
        #expect(CommentProblem.bodyTooLong(characters: 5210).message == "Comments can be at most 5,000 characters; this one has 5,210.")
    }

    // MARK: Name and e-mail

    @Test func aNameIsOneTidyLine() throws {
        #expect(try CommentText.cleanName("  Kim\n\tJi  \u{0}Won \u{202E}") == "Kim Ji Won")
        #expect(try CommentText.cleanName(String(repeating: "가", count: 80)).count == 80)
        do {
            _ = try CommentText.cleanName(String(repeating: "가", count: 81))
            Issue.record("an error was expected")
        } catch {
            #expect(error as? CommentProblem == CommentProblem.nameTooLong)
        }
        for raw in ["", "  \n ", "\u{200B}", "\u{3164}"] {
            do {
                _ = try CommentText.cleanName(raw)
                Issue.record("\(raw.debugDescription)")
            } catch {
                #expect(error as? CommentProblem == CommentProblem.emptyName)
            }
        }
        #expect(CommentProblem.nameTooLong.message == "Names can be at most 80 characters.")
    }

    @Test func anEmailIsOptionalAndKeptAsTyped() throws {
        #expect(try CommentText.cleanEmail(nil) == nil)
        #expect(try CommentText.cleanEmail("  \n") == nil)
        #expect(try CommentText.cleanEmail(" Reader@Example.COM ") == "Reader@Example.COM")
        #expect(try CommentText.cleanEmail("팬@example.kr") == "팬@example.kr")
        let longest = String(repeating: "a", count: 242) + "@example.com"
        #expect(try CommentText.cleanEmail(longest) == longest)
        #expect(CommentText.emailKey(" Reader@Example.COM ") == "reader@example.com")
    }

    @Test func plainlyWrongEmailsAreRefused() throws {
        let wrong = [
            "reader", "a@b@example.com", "@example.com", "reader@example", "reader@.example.com",
            "reader@example.com.", "read er@example.com", "reader@exam<ple.com", "\"q\"@example.com",
            "reader@exa\u{0}mple.com", "reader@exa\u{200B}mple.com", "a,b@example.com",
            String(repeating: "a", count: 243) + "@example.com",
        ]
        for email in wrong {
            do {
                _ = try CommentText.cleanEmail(email)
                Issue.record("\(email.debugDescription)")
            } catch {
                #expect(error as? CommentProblem == CommentProblem.badEmail)
            }
        }
    }

    // MARK: Comment HTML

    @Test func everythingAReaderTypesIsEscaped() throws {
        #expect(CommentText.html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        #expect(CommentText.html("He said \"hi\" & 'bye'") == "<p>He said &quot;hi&quot; &amp; &#39;bye&#39;</p>")
    }

    @Test func paragraphsAndLineBreaks() throws {
        #expect(CommentText.html("one\ntwo\n\nthree") == "<p>one<br>two</p>\n<p>three</p>")
        #expect(CommentText.html("") == "")
    }

    @Test func hangulIsMarkedAsKorean() throws {
        #expect(CommentText.html("한소희 is great") == "<p><span lang=\"ko\">한소희</span> is great</p>")
    }

    @Test func webAddressesBecomeNofollowLinks() throws {
        #expect(
            CommentText.html("See https://example.com/a?b=1&c=2.")
                == "<p>See <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow ugc\">https://example.com/a?b=1&amp;c=2</a>.</p>")
        #expect(
            CommentText.html("Go to www.example.com, now")
                == "<p>Go to <a href=\"https://www.example.com\" rel=\"nofollow ugc\">www.example.com</a>, now</p>")
        #expect(
            CommentText.html("출처: https://ko.wikipedia.org/wiki/한소희")
                == "<p><span lang=\"ko\">출처</span>: <a href=\"https://ko.wikipedia.org/wiki/한소희\" rel=\"nofollow ugc\">"
                + "https://ko.wikipedia.org/wiki/<span lang=\"ko\">한소희</span></a></p>")
    }

    @Test func trailingPunctuationAndAnUnbalancedParenthesisStayOutOfTheLink() throws {
        #expect(
            CommentText.html("(https://example.com/page)!")
                == "<p>(<a href=\"https://example.com/page\" rel=\"nofollow ugc\">https://example.com/page</a>)!</p>")
        #expect(
            CommentText.html("https://en.wikipedia.org/wiki/Parasite_(film).")
                == "<p><a href=\"https://en.wikipedia.org/wiki/Parasite_(film)\" rel=\"nofollow ugc\">https://en.wikipedia.org/wiki/Parasite_(film)</a>.</p>"
        )
        #expect(
            CommentText.html("Really? https://example.com/x?'\";:,")
                == "<p>Really? <a href=\"https://example.com/x\" rel=\"nofollow ugc\">https://example.com/x</a>?&#39;&quot;;:,</p>")
    }

    @Test func onlyWebAddressesWithAHostAreLinked() throws {
        #expect(CommentText.html("javascript:alert(1)") == "<p>javascript:alert(1)</p>")
        for text in [
            "javascript:alert(1)", "example.com", "https://", "www.", "mailto:a@example.com", "xhttps://example.com",
            "data:text/html,<b>x</b>", "mail.www.example.com",
        ] {
            #expect(CommentText.linkCount(text) == 0, "\(text)")
            #expect(!(CommentText.html(text).contains("<a ")), "\(text)")
        }
        #expect(CommentText.linkCount("HTTPS://EXAMPLE.COM and www.example.org and example.net, https://a.example/b") == 3)
    }

    @Test func noMarkupButParagraphsBreaksLinksAndSpansCanComeOut() throws {
        let hostile =
            "https://x.example/\"><script>alert(1)</script> <img src=x onerror=alert(1)>\n"
            + "www.x.example/'onmouseover='alert(1)' 한국<b>어</b> <a href=\"javascript:alert(1)\">x</a>"
        let html = CommentText.html(hostile)
        #expect(Self.tagNames(html).isSubset(of: ["p", "/p", "br", "a", "/a", "span", "/span"]), "\(html)")
        #expect(!(html.contains("'")), "\(html)")
        #expect(!(html.contains("\"><")), "\(html)")
        #expect(html.components(separatedBy: "<a ").count - 1 == 2)
    }

    private static func tagNames(_ html: String) -> Set<String> {
        var names = Set<String>()
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            names.insert(String(rest.prefix { $0 != " " && $0 != ">" }))
        }
        return names
    }

    // MARK: Screening

    @Test func screeningRulesApplyInOrder() throws {
        #expect(
            CommentScreening.verdict(honeypotFilled: true, blocklistMatch: "cash", linkCount: 5, isKnownCommenter: false)
                == CommentVerdict(status: .spam, reason: "filled in the hidden field"))
        #expect(
            CommentScreening.verdict(honeypotFilled: false, blocklistMatch: "cash", linkCount: 5, isKnownCommenter: false)
                == CommentVerdict(status: .spam, reason: "blocklist: cash"))
        #expect(
            CommentScreening.verdict(honeypotFilled: false, blocklistMatch: nil, linkCount: 3, isKnownCommenter: true)
                == CommentVerdict(status: .held, reason: "more than 2 links"))
        #expect(
            CommentScreening.verdict(honeypotFilled: false, blocklistMatch: nil, linkCount: 2, isKnownCommenter: false)
                == CommentVerdict(status: .held, reason: "first comment"))
        #expect(
            CommentScreening.verdict(honeypotFilled: false, blocklistMatch: nil, linkCount: 2, isKnownCommenter: true)
                == CommentVerdict(status: .approved, reason: nil))
    }

    // MARK: Blocklist

    @Test func aBlocklistIsReadFromTheAdminsText() throws {
        let list = Blocklist(
            text: "# spam words\nCash\n\n  free   money  \ncash\nSpam@Example.com\n@bad.example\n10.0.0.0/8\r\n2001:db8::1\n바보\nCASH\n")
        #expect(list.words == ["cash", "free money", "바보"])
        #expect(list.emails == ["spam@example.com", "@bad.example"])
        #expect(list.addresses == ["10.0.0.0/8", "2001:db8::1"])
        #expect(list.text == "cash\nfree money\n바보\nspam@example.com\n@bad.example\n10.0.0.0/8\n2001:db8::1")
        #expect(Blocklist(text: list.text) == list)
        #expect(!list.isEmpty)
        #expect(Blocklist(text: "# nothing yet\n\n  \n").isEmpty)
    }

    @Test func blockedWordsMatchWholeWordsInTheNameOrBody() throws {
        let list = Blocklist(words: ["cash", "free money", "바보"])
        func match(name: String = "Ann", _ body: String) -> String? {
            list.match(name: name, email: nil, body: body, address: "192.0.2.1")
        }
        #expect(match("Free CASH now") == "cash")
        #expect(match("cash.") == "cash")
        #expect(match(name: "CASH king", "hello") == "cash")
        #expect(match("a cashmere scarf") == nil)
        #expect(match("cashback and cash2") == nil)
        #expect(match("get FREE\n  money") == "free money")
        #expect(match("freemoney") == nil)
        #expect(match("carefree money") == nil)
        #expect(match("너 바보야") == "바보", "Korean particles attach to the word, so Hangul matches inside it")
        #expect(match("바 보") == nil)
    }

    @Test func blockedEmailsDomainsAndAddresses() throws {
        let list = Blocklist(words: ["cash"], emails: ["spam@example.com", "@bad.example"], addresses: ["10.0.0.0/8", "2001:db8::1"])
        func match(email: String?, address: String = "192.0.2.1") -> String? {
            list.match(name: "Ann", email: email, body: "Lovely drama", address: address)
        }
        #expect(match(email: " SPAM@example.com") == "spam@example.com")
        #expect(match(email: "x@bad.example") == "@bad.example")
        #expect(match(email: "x@mail.BAD.example") == "@bad.example")
        #expect(match(email: "x@notbad.example") == nil)
        #expect(match(email: "spam@example.com.au") == nil)
        #expect(match(email: nil) == nil)
        #expect(match(email: nil, address: "10.1.2.3") == "10.0.0.0/8")
        #expect(match(email: nil, address: "::ffff:10.0.0.1") == "10.0.0.0/8")
        #expect(match(email: nil, address: "2001:db8::1") == "2001:db8::1")
        #expect(match(email: nil, address: "11.0.0.1") == nil)
        #expect(list.match(name: "cash", email: "spam@example.com", body: "", address: "10.0.0.1") == "cash", "words are checked first")
    }

    // MARK: Polls

    @Test func percentagesAlwaysAddUpToAHundred() throws {
        #expect(PollRules.percentages([1, 1, 1]) == [34, 33, 33])
        #expect(PollRules.percentages([0, 0]) == [0, 0])
        #expect(PollRules.percentages([2, 1]) == [67, 33])
        #expect(PollRules.percentages([1, 2]) == [33, 67])
        #expect(PollRules.percentages([1, 1, 1, 1, 1, 1, 1]) == [15, 15, 14, 14, 14, 14, 14])
        #expect(PollRules.percentages([]) == [])
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let counts = (0..<Int.random(in: 1...6, using: &random)).map { _ in Int.random(in: 0...50, using: &random) }
            let shares = PollRules.percentages(counts)
            let total = counts.reduce(0, +)
            guard total > 0 else { continue }
            #expect(shares.reduce(0, +) == 100, "\(counts)")
            for (count, share) in zip(counts, shares) {
                #expect(abs(Double(share) - Double(count) * 100 / Double(total)) < 1, "\(counts)")
            }
        }
    }

    @Test func aPollIsCleanedAndBlankOptionsDropped() throws {
        let poll = try PollRules.validate(question: "  Best\n drama   of 2024? ", options: ["Queen of Tears", "  ", "Lovely\tRunner", ""])
        #expect(poll.question == "Best drama of 2024?")
        #expect(poll.options == ["Queen of Tears", "Lovely Runner"])
        let longest = try PollRules.validate(
            question: String(repeating: "질", count: 200),
            options: (1...6).map { String(repeating: "\($0)", count: 100) })
        #expect(longest.options.count == 6)
    }

    @Test func pollLimits() throws {
        func problem(_ question: String, _ options: [String]) -> PollProblem? {
            do {
                _ = try PollRules.validate(question: question, options: options)
                return nil
            } catch {
                // `validate` throws nothing but a `PollProblem`.
                return error
            }
        }
        #expect(problem(" \u{200B} ", ["a", "b"]) == .emptyQuestion)
        #expect(problem(String(repeating: "q", count: 201), ["a", "b"]) == .questionTooLong)
        #expect(problem("Q?", ["a", " ", ""]) == .tooFewOptions)
        #expect(problem("Q?", (1...7).map(String.init)) == .tooManyOptions)
        #expect(problem("Q?", ["a", String(repeating: "b", count: 101)]) == .optionTooLong)
        #expect(problem("Q?", ["Yes", "No", " yes "]) == .repeatedOption("yes"))
        #expect(PollProblem.tooManyOptions.message == "A poll can have at most 6 options.")
    }

    @Test func invisibleCharactersDoNotHideABlockedWord() throws {
        let blocklist = Blocklist(text: "casino\n대출")
        #expect(blocklist.match(name: "A", email: nil, body: "Best ca\u{200B}sino here", address: "192.0.2.1") == "casino")
        #expect(
            blocklist.match(name: "A", email: nil, body: "ＣＡＳＩＮＯ online", address: "192.0.2.1") == "casino",
            "full-width letters fold to the plain ones")
        #expect(blocklist.match(name: "A", email: nil, body: "급전 대\u{00AD}출 문의", address: "192.0.2.1") == "대출")
        #expect(blocklist.match(name: "A", email: nil, body: "casinos are not the same word", address: "192.0.2.1") == nil)
    }

    @Test func anEmailDomainCannotCarryALinksQuery() throws {
        for email in ["a@b.co?cc=x%40evil.test", "a@b.co&body=hi", "a@b.co/x", "a@b.co#x"] {
            do {
                _ = try CommentText.cleanEmail(email)
                Issue.record("\(email)")
            } catch {}
        }
        #expect(try CommentText.cleanEmail("독자@예시.한국") == "독자@예시.한국", "a domain may be written in Hangul")
    }

    @Test func anIPv6ClientCountsByItsNetwork() throws {
        #expect(AddressRange.client("2001:db8:1:2::1") == "2001:db8:1:2::/64")
        #expect(AddressRange.client("2001:db8:1:2:ffff:ffff:ffff:ffff") == "2001:db8:1:2::/64")
        #expect(AddressRange.client("2001:db8:1:3::1") != AddressRange.client("2001:db8:1:2::1"))
        #expect(AddressRange.client("198.51.100.7") == "198.51.100.7")
        #expect(AddressRange.client("::ffff:198.51.100.7") == "198.51.100.7", "IPv4 written as IPv6 is the IPv4 address")
        #expect(AddressRange.client("unknown") == "unknown")
    }

    @Test func theBlocklistKeepsNoControlCharacters() throws {
        #expect(Blocklist.storable("spam\u{0000}\r\nfree\u{0007} gift\r@x.test") == "spam\nfree gift\n@x.test")
    }
}
