import Foundation
import HallyuCore
import XCTest

final class AccountRulesTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)

    func testFourFailuresLetTheNextAttemptThrough() {
        let failures = (1...4).map { now.addingTimeInterval(Double(-$0 * 60)) }
        XCTAssertNil(Throttle().wait(failures: failures, now: now))
    }

    func testTheFifthFailureMakesAttemptsWaitUntilTheOldestAgesOut() {
        // Failures 14, 10, 6, 3 and 1 minutes ago: the one 14 minutes ago leaves the window in 1 minute.
        let failures = [14, 10, 6, 3, 1].map { now.addingTimeInterval(Double(-$0 * 60)) }
        XCTAssertEqual(Throttle().wait(failures: failures, now: now), 60)
    }

    func testFailuresOutsideTheWindowDoNotCount() {
        let failures = [40, 30, 20, 16, 2].map { now.addingTimeInterval(Double(-$0 * 60)) }
        XCTAssertNil(Throttle().wait(failures: failures, now: now))
    }

    func testManyFailuresWaitUntilFewerThanFiveRemain() {
        // Seven failures: the attempt may go once only four are left, when the third-oldest ages out.
        let failures = [12, 11, 9, 8, 5, 2, 1].map { now.addingTimeInterval(Double(-$0 * 60)) }
        XCTAssertEqual(Throttle().wait(failures: failures, now: now), 6 * 60)
    }

    func testWaitsAreSaidInWords() {
        XCTAssertEqual(Throttle.describe(1), "1 second")
        XCTAssertEqual(Throttle.describe(42), "42 seconds")
        XCTAssertEqual(Throttle.describe(61), "2 minutes")
        XCTAssertEqual(Throttle.describe(900), "15 minutes")
    }

    func testPasswordRules() {
        XCTAssertNotNil(PasswordRules.problem("short"))
        XCTAssertNotNil(PasswordRules.problem("          "), "spaces alone")
        XCTAssertNotNil(PasswordRules.problem(String(repeating: "비", count: 25)), "75 bytes: past what bcrypt reads")
        XCTAssertNil(PasswordRules.problem("correct horse battery"))
    }

    func testRolesAllowWhatTheyShould() {
        for action in NewsroomAction.allCases {
            XCTAssertTrue(UserRole.admin.may(action), "an admin may \(action)")
        }
        XCTAssertTrue(UserRole.writer.may(.writeDrafts))
        XCTAssertFalse(UserRole.writer.may(.publish))
        XCTAssertFalse(UserRole.writer.may(.editKnowledge))
        XCTAssertTrue(UserRole.editor.may(.publish))
        XCTAssertTrue(UserRole.editor.may(.moderate))
        XCTAssertFalse(UserRole.editor.may(.manageUsers))
        XCTAssertFalse(UserRole.editor.may(.readAudit))
    }

    func testWritersEditTheirOwnUnpublishedArticlesOnly() {
        XCTAssertTrue(UserRole.writer.mayEdit(article: .draft, isAuthor: true))
        XCTAssertTrue(UserRole.writer.mayEdit(article: .review, isAuthor: true))
        XCTAssertFalse(UserRole.writer.mayEdit(article: .published, isAuthor: true))
        XCTAssertFalse(UserRole.writer.mayEdit(article: .draft, isAuthor: false))
        XCTAssertTrue(UserRole.editor.mayEdit(article: .published, isAuthor: false))
    }
}
