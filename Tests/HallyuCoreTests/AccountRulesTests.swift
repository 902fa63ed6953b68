import Foundation
import HallyuCore
import Testing

@Suite struct AccountRulesTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func fourFailuresLetTheNextAttemptThrough() throws {
        let failures = (1...4).map { now.addingTimeInterval(Double(-$0 * 60)) }
        #expect(Throttle().wait(failures: failures, now: now) == nil)
    }

    @Test func theFifthFailureMakesAttemptsWaitUntilTheOldestAgesOut() throws {
        // Failures 14, 10, 6, 3 and 1 minutes ago: the one 14 minutes ago leaves the window in 1 minute.
        let failures = [14, 10, 6, 3, 1].map { now.addingTimeInterval(Double(-$0 * 60)) }
        #expect(Throttle().wait(failures: failures, now: now) == 60)
    }

    @Test func failuresOutsideTheWindowDoNotCount() throws {
        let failures = [40, 30, 20, 16, 2].map { now.addingTimeInterval(Double(-$0 * 60)) }
        #expect(Throttle().wait(failures: failures, now: now) == nil)
    }

    @Test func manyFailuresWaitUntilFewerThanFiveRemain() throws {
        // Seven failures: the attempt may go once only four are left, when the third-oldest ages out.
        let failures = [12, 11, 9, 8, 5, 2, 1].map { now.addingTimeInterval(Double(-$0 * 60)) }
        #expect(Throttle().wait(failures: failures, now: now) == TimeInterval(6 * 60))
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
