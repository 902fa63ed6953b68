import Foundation
import HallyuStore
import XCTest

final class UUIDTextTests: XCTestCase {
    func testFormatsAndParsesAsFoundationDoes() {
        for _ in 0..<2_000 {
            let uuid = UUID()
            XCTAssertEqual(UUIDText.format(uuid), uuid.uuidString)
            XCTAssertEqual(UUIDText.parse(uuid.uuidString), uuid)
            XCTAssertEqual(UUIDText.parse(uuid.uuidString.lowercased()), uuid, "either case")
        }
        let edges = [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                     UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))]
        for uuid in edges {
            XCTAssertEqual(UUIDText.format(uuid), uuid.uuidString)
            XCTAssertEqual(UUIDText.parse(uuid.uuidString), uuid)
        }
    }

    func testRefusesWhatIsNotAUUID() {
        let valid = "3E510593-ED52-417E-B76D-D47B406E185E"
        for text in ["", String(valid.dropLast()), valid + "0", valid.replacingOccurrences(of: "-", with: "_"),
                     "3E510593ED52-417E-B76D-D47B406E185E0", "3E510593-ED52-417E-B76D-D47B406E185G", "한소희"] {
            XCTAssertNil(UUIDText.parse(text), text)
            XCTAssertNil(UUID(uuidString: text), "Foundation agrees: \(text)")
        }
    }
}
