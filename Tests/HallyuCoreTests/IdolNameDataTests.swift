import Foundation
import HallyuCore
import HallyuTestSupport
import Testing

/// The real-data check: for the Korean idols in ../shared/data/kpopnet/kpopnet.json, the
/// variants generated from `real_name_original` contain the published `real_name`.
@Suite struct IdolNameDataTests {
    struct Idol: Decodable {
        let real_name: String?
        let real_name_original: String?
    }

    struct File: Decodable {
        let idols: [Idol]
    }

    static var dataFile: URL { SharedData.folder.appendingPathComponent("kpopnet/kpopnet.json") }

    @Test func publishedRealNamesAreGenerated() throws {
        guard FileManager.default.fileExists(atPath: Self.dataFile.path) else {
            print("Idol name check skipped: \(Self.dataFile.path) is absent")
            try Test.cancel("kpopnet.json is absent")
        }
        let idols = try JSONDecoder().decode(File.self, from: Data(contentsOf: Self.dataFile)).idols
        var checked = 0
        var keyCount = 0
        var misses: [String] = []
        for idol in idols {
            guard let original = idol.real_name_original, let published = idol.real_name, !published.isEmpty,
                KoreanName(hangul: original) != nil
            else { continue }
            checked += 1
            let keys = NameVariants.keys(forHangul: original)
            keyCount += keys.count
            if !keys.contains(NameKey.make(published)) {
                misses.append("\(original) = \(published)")
            }
        }
        let ratio = Double(checked - misses.count) / Double(max(checked, 1))
        print("Keys per name: \(keyCount / max(checked, 1)) on average")
        print(
            "Idol real names generated: \(checked - misses.count)/\(checked) (\(String(format: "%.1f", ratio * 100))%); misses:\n"
                + misses.joined(separator: "\n"))
        #expect(checked > 600)
        #expect(ratio >= 0.95)
    }
}
