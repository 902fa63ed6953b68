import Foundation
import HallyuCore
import XCTest

final class NewsroomRulesTests: XCTestCase {
    // MARK: Line diff

    func testADiffMarksTheChangedLinesAndNumbersBothSides() {
        let diff = LineDiff(old: "one\ntwo\nthree\nfour", new: "one\n2\nthree\nfour\nfive")
        XCTAssertEqual(diff.lines.map(\.kind), [.same, .removed, .added, .same, .same, .added])
        XCTAssertEqual(diff.lines[1].text, "two")
        XCTAssertEqual(diff.lines[1].oldNumber, 2)
        XCTAssertNil(diff.lines[1].newNumber)
        XCTAssertEqual(diff.lines[5].newNumber, 5)
        XCTAssertEqual(diff.added, 2)
        XCTAssertEqual(diff.removed, 1)
    }

    func testEveryDiffRebuildsBothTextsAndIsNoLongerThanNeeded() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let old = (0..<Int.random(in: 0...12, using: &random)).map { _ in ["a", "b", "c", "d"].randomElement(using: &random)! }
            let new = (0..<Int.random(in: 0...12, using: &random)).map { _ in ["a", "b", "c", "d"].randomElement(using: &random)! }
            let diff = LineDiff(old: old.joined(separator: "\n"), new: new.joined(separator: "\n"))
            XCTAssertEqual(diff.lines.filter { $0.kind != .added }.map(\.text), old)
            XCTAssertEqual(diff.lines.filter { $0.kind != .removed }.map(\.text), new)
            // The kept lines are a longest common subsequence, so the script is minimal.
            XCTAssertEqual(diff.lines.count { $0.kind == .same }, Self.longestCommon(old, new), "\(old) → \(new)")
        }
    }

    func testHunksKeepContextAndMarkWhatIsLeftOut() {
        let old = (1...20).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "\n10\n", with: "\nten\n")
        let hunks = LineDiff(old: old, new: new).hunks(context: 2)
        XCTAssertNil(hunks.first!)
        XCTAssertEqual(hunks.compactMap { $0?.text }, ["8", "9", "10", "ten", "11", "12"])
        XCTAssertNil(hunks.last!)
        XCTAssertTrue(LineDiff(old: old, new: old).hunks().isEmpty)
    }

    func testARewriteOfAVeryLongTextIsShownWhole() {
        // Past the edit limit the search stops; the answer is still a true diff, just not the shortest.
        let old = (0..<30_000).map { "old line \($0)" }
        let new = (0..<30_000).map { "new line \($0)" }
        let diff = LineDiff(old: old.joined(separator: "\n"), new: new.joined(separator: "\n"))
        XCTAssertEqual(diff.removed, 30_000)
        XCTAssertEqual(diff.added, 30_000)
        XCTAssertEqual(diff.lines.filter { $0.kind != .added }.map(\.text), old)
        XCTAssertEqual(diff.lines.filter { $0.kind != .removed }.map(\.text), new)
    }

    private static func longestCommon(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }

    // MARK: Workflow

    func testWritersSubmitTheirOwnDraftsAndEditorsPublish() {
        XCTAssertTrue(UserRole.writer.may(.submit, from: .draft, isAuthor: true))
        XCTAssertFalse(UserRole.writer.may(.submit, from: .draft, isAuthor: false))
        XCTAssertTrue(UserRole.writer.may(.draft, from: .review, isAuthor: true), "a writer may take back a submission")
        for step in [WorkflowStep.publish, .schedule] {
            XCTAssertFalse(UserRole.writer.may(step, from: .draft, isAuthor: true))
            XCTAssertTrue(UserRole.editor.may(step, from: .review, isAuthor: false))
            XCTAssertTrue(UserRole.admin.may(step, from: .draft, isAuthor: false))
        }
        XCTAssertFalse(UserRole.writer.may(.unpublish, from: .published, isAuthor: true))
        XCTAssertTrue(UserRole.editor.may(.unpublish, from: .published, isAuthor: false))
    }

    func testStepsStartOnlyFromTheirStates() {
        XCTAssertFalse(UserRole.editor.may(.unpublish, from: .draft, isAuthor: false))
        XCTAssertFalse(UserRole.editor.may(.publish, from: .published, isAuthor: false))
        XCTAssertFalse(UserRole.editor.may(.submit, from: .review, isAuthor: false))
        XCTAssertEqual(UserRole.writer.steps(from: .draft, isAuthor: true), [.submit])
        XCTAssertEqual(UserRole.editor.steps(from: .published, isAuthor: false), [.unpublish])
        XCTAssertEqual(UserRole.editor.steps(from: .scheduled, isAuthor: false), [.draft, .schedule, .publish])
    }

    // MARK: Times

    func testScheduleTimesMustSayTheirOffset() {
        XCTAssertEqual(ScheduleTime.parse(iso: "2026-12-01T09:00:00+09:00"), Date(timeIntervalSince1970: 1_796_083_200))
        XCTAssertEqual(ScheduleTime.parse(iso: "2026-12-01T00:00Z"), Date(timeIntervalSince1970: 1_796_083_200))
        XCTAssertEqual(ScheduleTime.parse(iso: "2026-12-01T00:00:00.5Z"), Date(timeIntervalSince1970: 1_796_083_200.5))
        XCTAssertNil(ScheduleTime.parse(iso: "2026-12-01T09:00:00"), "no offset")
        XCTAssertNil(ScheduleTime.parse(iso: "tomorrow at nine"))
        XCTAssertNil(ScheduleTime.parse(iso: "2026-13-01T09:00:00+09:00"))
    }

    func testFormTimesAreReadInTheNewsroomsZone() throws {
        let seoul = try XCTUnwrap(TimeZone(identifier: "Asia/Seoul"))
        XCTAssertEqual(ScheduleTime.parse(local: "2026-12-01T09:00", in: seoul), Date(timeIntervalSince1970: 1_796_083_200))
        XCTAssertEqual(ScheduleTime.parse(local: "2026-12-01T09:00:30", in: seoul), Date(timeIntervalSince1970: 1_796_083_230))
        XCTAssertNil(ScheduleTime.parse(local: "2026-02-30T09:00", in: seoul))
        XCTAssertNil(ScheduleTime.parse(local: "2026-12-01 09:00", in: seoul))
        XCTAssertEqual(ScheduleTime.local(Date(timeIntervalSince1970: 1_796_083_230), in: seoul), "2026-12-01T09:00:30")
    }

    // MARK: Images

    func testImageTypesAndSizesComeFromTheBytes() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0x07, 0x80, 0, 0, 0x04, 0x38, 8, 2, 0, 0, 0]
        XCTAssertEqual(ImageHeader(png), ImageHeader.fixture(.png, 1920, 1080))
        let gif: [UInt8] = Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00, 0, 0, 0]
        XCTAssertEqual(ImageHeader(gif), ImageHeader.fixture(.gif, 320, 240))
        // A JPEG whose frame header follows an APP0 block.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
            + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        XCTAssertEqual(ImageHeader(jpeg), ImageHeader.fixture(.jpeg, 800, 600))
        let webp: [UInt8] = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
            + [0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00] + [0, 0, 0]
        XCTAssertEqual(ImageHeader(webp), ImageHeader.fixture(.webp, 640, 480))
    }

    func testOtherFilesAreNotImagesWhateverTheyAreCalled() {
        XCTAssertNil(ImageHeader(Array("<svg xmlns='http://www.w3.org/2000/svg'></svg>".utf8)))
        XCTAssertNil(ImageHeader(Array("%PDF-1.7\n".utf8)))
        XCTAssertNil(ImageHeader([0x89, 0x50, 0x4E, 0x47]), "a PNG cut short")
        XCTAssertNil(ImageHeader([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]), "a JPEG without a frame")
        let empty: [UInt8] = Array("GIF89a".utf8) + [0, 0, 0, 0, 0, 0, 0]
        XCTAssertNil(ImageHeader(empty), "no pixels")
    }

    // MARK: Fixes and checks

    func testAFixReplacesOnlyWhatTheWarningSaw() throws {
        let text = "송강 and Han Soo-he."
        let start = "송강 and ".utf8.count
        let fix = TextFix(utf8Start: start, utf8End: start + "Han Soo-he".utf8.count, expected: "Han Soo-he", replacement: "Han So-hee")
        XCTAssertEqual(fix.apply(to: text), "송강 and Han So-hee.")
        XCTAssertEqual(TextFix(formValue: fix.formValue), fix)
        XCTAssertNil(fix.apply(to: "Han Soo-he was here."), "the text moved since the warning")
        XCTAssertNil(TextFix(formValue: "3:1:x→y"))
    }

    func testLongProseParagraphsAreFoundWithTheirPlace() throws {
        let long = Array(repeating: "word", count: 160).joined(separator: " ")
        let text = "# Heading\n\nShort one.\n\n\(long)\n\n- \(long)\n\n```\n\(long)\n```\n"
        let found = EditorChecks.longParagraphs(in: text)
        XCTAssertEqual(found.count, 1, "lists and code are not prose")
        let paragraph = try XCTUnwrap(found.first)
        XCTAssertEqual(paragraph.words, 160)
        XCTAssertEqual(paragraph.utf8Start, "# Heading\n\nShort one.\n\n".utf8.count)
        XCTAssertEqual(paragraph.utf8End - paragraph.utf8Start, long.utf8.count)
    }

    func testAHeroNeedsCreditAndAltText() {
        let bare = Media(id: "1", fileName: "a.png", contentType: "image/png", alt: " ", credit: "", width: 1, height: 1)
        XCTAssertEqual(EditorChecks.heroProblems(bare).count, 2)
        var described = bare
        described.alt = "Two actors on a film set"
        described.credit = "Netflix"
        XCTAssertTrue(EditorChecks.heroProblems(described).isEmpty)
        XCTAssertTrue(EditorChecks.heroProblems(nil).isEmpty)
    }
}

private extension ImageHeader {
    static func fixture(_ format: Format, _ width: Int, _ height: Int) -> ImageHeader? {
        // Built from a minimal header of the format, so equality compares all three fields.
        var header = ImageHeader(Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0])
        header?.format = format
        header?.width = width
        header?.height = height
        return header
    }
}
