import Foundation
import HallyuCore
import Testing

@Suite struct NewsroomRulesTests {
    // MARK: Line diff

    @Test func aDiffMarksTheChangedLinesAndNumbersBothSides() throws {
        let diff = LineDiff(old: "one\ntwo\nthree\nfour", new: "one\n2\nthree\nfour\nfive")
        #expect(diff.lines.map(\.kind) == [.same, .removed, .added, .same, .same, .added])
        #expect(diff.lines[1].text == "two")
        #expect(diff.lines[1].oldNumber == 2)
        #expect(diff.lines[1].newNumber == nil)
        #expect(diff.lines[5].newNumber == 5)
        #expect(diff.added == 2)
        #expect(diff.removed == 1)
    }

    @Test func everyDiffRebuildsBothTextsAndIsNoLongerThanNeeded() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let old = (0..<Int.random(in: 0...12, using: &random)).map { _ in ["a", "b", "c", "d"].randomElement(using: &random)! }
            let new = (0..<Int.random(in: 0...12, using: &random)).map { _ in ["a", "b", "c", "d"].randomElement(using: &random)! }
            let diff = LineDiff(old: old.joined(separator: "\n"), new: new.joined(separator: "\n"))
            #expect(diff.lines.filter { $0.kind != .added }.map(\.text) == old)
            #expect(diff.lines.filter { $0.kind != .removed }.map(\.text) == new)
            // The kept lines are a longest common subsequence, so the script is minimal.
            #expect(diff.lines.count { $0.kind == .same } == Self.longestCommon(old, new), "\(old) → \(new)")
        }
    }

    @Test func hunksKeepContextAndMarkWhatIsLeftOut() throws {
        let old = (1...20).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "\n10\n", with: "\nten\n")
        let hunks = LineDiff(old: old, new: new).hunks(context: 2)
        #expect(hunks.first! == nil)
        #expect(hunks.compactMap { $0?.text } == ["8", "9", "10", "ten", "11", "12"])
        #expect(hunks.last! == nil)
        #expect(LineDiff(old: old, new: old).hunks().isEmpty)
    }

    @Test func aRewriteOfAVeryLongTextIsShownWhole() throws {
        // Past the edit limit the search stops; the answer is still a true diff, just not the shortest.
        let old = (0..<30_000).map { "old line \($0)" }
        let new = (0..<30_000).map { "new line \($0)" }
        let diff = LineDiff(old: old.joined(separator: "\n"), new: new.joined(separator: "\n"))
        #expect(diff.removed == 30_000)
        #expect(diff.added == 30_000)
        #expect(diff.lines.filter { $0.kind != .added }.map(\.text) == old)
        #expect(diff.lines.filter { $0.kind != .removed }.map(\.text) == new)
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

    @Test func writersSubmitTheirOwnDraftsAndEditorsPublish() throws {
        #expect(UserRole.writer.may(.submit, from: .draft, isAuthor: true))
        #expect(!(UserRole.writer.may(.submit, from: .draft, isAuthor: false)))
        #expect(UserRole.writer.may(.draft, from: .review, isAuthor: true), "a writer may take back a submission")
        for step in [WorkflowStep.publish, .schedule] {
            #expect(!(UserRole.writer.may(step, from: .draft, isAuthor: true)))
            #expect(UserRole.editor.may(step, from: .review, isAuthor: false))
            #expect(UserRole.admin.may(step, from: .draft, isAuthor: false))
        }
        #expect(!(UserRole.writer.may(.unpublish, from: .published, isAuthor: true)))
        #expect(UserRole.editor.may(.unpublish, from: .published, isAuthor: false))
    }

    @Test func stepsStartOnlyFromTheirStates() throws {
        #expect(!(UserRole.editor.may(.unpublish, from: .draft, isAuthor: false)))
        #expect(!(UserRole.editor.may(.publish, from: .published, isAuthor: false)))
        #expect(!(UserRole.editor.may(.submit, from: .review, isAuthor: false)))
        #expect(UserRole.writer.steps(from: .draft, isAuthor: true) == [.submit])
        #expect(UserRole.editor.steps(from: .published, isAuthor: false) == [.unpublish])
        #expect(UserRole.editor.steps(from: .scheduled, isAuthor: false) == [.draft, .schedule, .publish])
    }

    // MARK: Times

    @Test func scheduleTimesMustSayTheirOffset() throws {
        #expect(ScheduleTime.parse(iso: "2026-12-01T09:00:00+09:00") == Date(timeIntervalSince1970: 1_796_083_200))
        #expect(ScheduleTime.parse(iso: "2026-12-01T00:00Z") == Date(timeIntervalSince1970: 1_796_083_200))
        #expect(ScheduleTime.parse(iso: "2026-12-01T00:00:00.5Z") == Date(timeIntervalSince1970: 1_796_083_200.5))
        #expect(ScheduleTime.parse(iso: "2026-12-01T09:00:00") == nil, "no offset")
        #expect(ScheduleTime.parse(iso: "tomorrow at nine") == nil)
        #expect(ScheduleTime.parse(iso: "2026-13-01T09:00:00+09:00") == nil)
    }

    @Test func formTimesAreReadInTheNewsroomsZone() throws {
        let seoul = try #require(TimeZone(identifier: "Asia/Seoul"))
        #expect(ScheduleTime.parse(local: "2026-12-01T09:00", in: seoul) == Date(timeIntervalSince1970: 1_796_083_200))
        #expect(ScheduleTime.parse(local: "2026-12-01T09:00:30", in: seoul) == Date(timeIntervalSince1970: 1_796_083_230))
        #expect(ScheduleTime.parse(local: "2026-02-30T09:00", in: seoul) == nil)
        #expect(ScheduleTime.parse(local: "2026-12-01 09:00", in: seoul) == nil)
        #expect(ScheduleTime.local(Date(timeIntervalSince1970: 1_796_083_230), in: seoul) == "2026-12-01T09:00:30")
    }

    // MARK: Images

    @Test func imageTypesAndSizesComeFromTheBytes() throws {
        let png: [UInt8] =
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0x07, 0x80, 0, 0, 0x04, 0x38, 8, 2, 0, 0, 0]
        #expect(ImageHeader(png) == ImageHeader.fixture(.png, 1920, 1080))
        let gif: [UInt8] = Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00, 0, 0, 0]
        #expect(ImageHeader(gif) == ImageHeader.fixture(.gif, 320, 240))
        // A JPEG whose frame header follows an APP0 block.
        let jpeg: [UInt8] =
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
            + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        #expect(ImageHeader(jpeg) == ImageHeader.fixture(.jpeg, 800, 600))
        let webp: [UInt8] =
            Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
            + [0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00] + [0, 0, 0]
        #expect(ImageHeader(webp) == ImageHeader.fixture(.webp, 640, 480))
    }

    @Test func otherFilesAreNotImagesWhateverTheyAreCalled() throws {
        #expect(ImageHeader(Array("<svg xmlns='http://www.w3.org/2000/svg'></svg>".utf8)) == nil)
        #expect(ImageHeader(Array("%PDF-1.7\n".utf8)) == nil)
        #expect(ImageHeader([0x89, 0x50, 0x4E, 0x47]) == nil, "a PNG cut short")
        #expect(ImageHeader([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) == nil, "a JPEG without a frame")
        let empty: [UInt8] = Array("GIF89a".utf8) + [0, 0, 0, 0, 0, 0, 0]
        #expect(ImageHeader(empty) == nil, "no pixels")
    }

    // MARK: Fixes and checks

    @Test func aFixReplacesOnlyWhatTheWarningSaw() throws {
        let text = "송강 and Han Soo-he."
        let start = "송강 and ".utf8.count
        let fix = TextFix(utf8Start: start, utf8End: start + "Han Soo-he".utf8.count, expected: "Han Soo-he", replacement: "Han So-hee")
        #expect(fix.apply(to: text) == "송강 and Han So-hee.")
        #expect(TextFix(formValue: fix.formValue) == fix)
        #expect(fix.apply(to: "Han Soo-he was here.") == nil, "the text moved since the warning")
        #expect(TextFix(formValue: "3:1:x→y") == nil)
    }

    @Test func longProseParagraphsAreFoundWithTheirPlace() throws {
        let long = Array(repeating: "word", count: 160).joined(separator: " ")
        let text = "# Heading\n\nShort one.\n\n\(long)\n\n- \(long)\n\n```\n\(long)\n```\n"
        let found = EditorChecks.longParagraphs(in: text)
        #expect(found.count == 1, "lists and code are not prose")
        let paragraph = try #require(found.first)
        #expect(paragraph.words == 160)
        #expect(paragraph.utf8Start == "# Heading\n\nShort one.\n\n".utf8.count)
        #expect(paragraph.utf8End - paragraph.utf8Start == long.utf8.count)
    }

    @Test func aHeroNeedsCreditAndAltText() throws {
        let bare = Media(id: "1", fileName: "a.png", contentType: "image/png", alt: " ", credit: "", width: 1, height: 1)
        #expect(EditorChecks.heroProblems(bare).count == 2)
        var described = bare
        described.alt = "Two actors on a film set"
        described.credit = "Netflix"
        #expect(EditorChecks.heroProblems(described).isEmpty)
        #expect(EditorChecks.heroProblems(nil).isEmpty)
    }
}

private extension ImageHeader {
    static func fixture(_ format: Format, _ width: Int, _ height: Int) -> ImageHeader? {
        // Built from a minimal header, so equality compares every field; a GIF is kept as
        // uploaded (it may be animated or see-through), the others here are neither.
        var header = ImageHeader(Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0])
        header?.format = format
        header?.width = width
        header?.height = height
        header?.hasAlpha = format == .gif
        header?.isAnimated = format == .gif
        return header
    }
}
