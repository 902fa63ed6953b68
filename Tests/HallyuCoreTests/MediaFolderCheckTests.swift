import Foundation
import HallyuCore
import Testing

@Suite struct MediaFolderCheckTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func file(_ name: String, minutesOld: Double) -> MediaFolderCheck.File {
        MediaFolderCheck.File(name: name, bytes: 100, modified: now.addingTimeInterval(-minutesOld * 60))
    }

    @Test func missingUnreferencedAndCutOffFilesAreTold() {
        let check = MediaFolderCheck(
            library: [("m1", "aaa.jpg"), ("m2", "bbb.png"), ("m3", "ccc.webp")],
            folder: [
                file("aaa.jpg", minutesOld: 600), file("ccc.webp", minutesOld: 600),
                file("old-orphan.png", minutesOld: 120), file(".upload-1234", minutesOld: 90),
            ],
            now: now)
        #expect(check.missing.map(\.id) == ["m2"])
        #expect(check.missing.map(\.fileName) == ["bbb.png"])
        #expect(check.unreferenced.map(\.name) == ["old-orphan.png"])
        #expect(check.partial.map(\.name) == [".upload-1234"])
        #expect(!check.isClean)
    }

    @Test func filesStillBeingUploadedAreLeftAlone() {
        // An upload renames its file before its library entry is written; a cut-off upload may be
        // one still arriving. Neither counts within the hour.
        let check = MediaFolderCheck(
            library: [("m1", "aaa.jpg")],
            folder: [file("aaa.jpg", minutesOld: 1), file("new.png", minutesOld: 2), file(".upload-99", minutesOld: 5)],
            now: now)
        #expect(check.isClean)
    }
}
