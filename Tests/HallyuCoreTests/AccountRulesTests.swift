import Foundation
import HallyuCore
import Testing

@Suite struct AccountRulesTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aFullWindowWaitsUntilItCloses() throws {
        // A 15-minute window that opened 14 minutes ago closes in 1 minute.
        #expect(Throttle().wait(windowOpenedAt: now.addingTimeInterval(-14 * 60), now: now) == 60)
        #expect(Throttle(limit: 5, window: 60).wait(windowOpenedAt: now.addingTimeInterval(-17.2), now: now) == 43, "whole seconds, rounded up")
        #expect(
            Throttle(limit: 5, window: 60).wait(windowOpenedAt: now.addingTimeInterval(1e-7), now: now) == 60,
            "not 61 for a stored moment's last bits")
    }

    @Test func aWindowThatHasClosedStillWaitsOneSecond() throws {
        // The attempt raced the window's end: Retry-After never says 0 or less.
        #expect(Throttle().wait(windowOpenedAt: now.addingTimeInterval(-20 * 60), now: now) == 1)
    }

    @Test func waitsAreSaidInWords() throws {
        #expect(Throttle.describe(1) == "1 second")
        #expect(Throttle.describe(42) == "42 seconds")
        #expect(Throttle.describe(61) == "2 minutes")
        #expect(Throttle.describe(900) == "15 minutes")
    }

    @Test func passwordRules() throws {
        #expect(PasswordRules.problem("short") != nil)
        #expect(PasswordRules.problem("          ") != nil, "spaces alone")
        #expect(PasswordRules.problem(String(repeating: "비", count: 25)) != nil, "75 bytes: past what bcrypt reads")
        #expect(PasswordRules.problem("correct horse battery") == nil)
    }

    @Test func rolesAllowWhatTheyShould() throws {
        for action in NewsroomAction.allCases {
            #expect(UserRole.admin.may(action), "an admin may \(action)")
        }
        #expect(UserRole.writer.may(.writeDrafts))
        #expect(!(UserRole.writer.may(.publish)))
        #expect(!(UserRole.writer.may(.editKnowledge)))
        #expect(UserRole.editor.may(.publish))
        #expect(UserRole.editor.may(.moderate))
        #expect(!(UserRole.editor.may(.manageUsers)))
        #expect(!(UserRole.editor.may(.readAudit)))
    }

    @Test func writersEditTheirOwnUnpublishedArticlesOnly() throws {
        #expect(UserRole.writer.mayEdit(article: .draft, isAuthor: true))
        #expect(UserRole.writer.mayEdit(article: .review, isAuthor: true))
        #expect(!(UserRole.writer.mayEdit(article: .published, isAuthor: true)))
        #expect(!(UserRole.writer.mayEdit(article: .draft, isAuthor: false)))
        #expect(UserRole.editor.mayEdit(article: .published, isAuthor: false))
    }
}
