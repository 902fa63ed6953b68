import Foundation
import HallyuStore
import Testing

@Suite struct UUIDTextTests {
    @Test func formatsAndParsesAsFoundationDoes() throws {
        for _ in 0..<2_000 {
            let uuid = UUID()
            #expect(UUIDText.format(uuid) == uuid.uuidString)
            #expect(UUIDText.parse(uuid.uuidString) == uuid)
            #expect(UUIDText.parse(uuid.uuidString.lowercased()) == uuid, "either case")
        }
        let edges = [
            UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255)),
        ]
        for uuid in edges {
            #expect(UUIDText.format(uuid) == uuid.uuidString)
            #expect(UUIDText.parse(uuid.uuidString) == uuid)
        }
    }

    @Test func refusesWhatIsNotAUUID() throws {
        let valid = "3E510593-ED52-417E-B76D-D47B406E185E"
        for text in [
            "", String(valid.dropLast()), valid + "0", valid.replacingOccurrences(of: "-", with: "_"),
            "3E510593ED52-417E-B76D-D47B406E185E0", "3E510593-ED52-417E-B76D-D47B406E185G", "한소희",
        ] {
            #expect(UUIDText.parse(text) == nil, "\(text)")
            #expect(UUID(uuidString: text) == nil, "Foundation agrees: \(text)")
        }
    }
}
