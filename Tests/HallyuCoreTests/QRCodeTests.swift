import Foundation
import HallyuCore
import Testing

@Suite struct QRCodeTests {
    private let otpauth =
        "otpauth://totp/Hallyu:editor%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Hallyu&algorithm=SHA1&digits=6&period=30"

    /// The reference matrices were made by another encoder, Python's segno, from the same bytes at
    /// the same level with the same mask (or its own choice of mask, for the `auto` ones); the
    /// script is in Fixtures/qr/README.md. Between them the cases cover all four levels, versions
    /// with version information (7 and up), 16-bit lengths (10 and up) and blocks of two lengths.
    @Test(arguments: ["short-l-mask4", "otpauth-m-auto", "otpauth-h-mask2", "korean-q-mask6", "version8-q-auto", "version13-m-mask3"])
    func modulesMatchAnIndependentEncoder(fixture name: String) throws {
        let reference = try ReferenceMatrix(named: name)
        let code = try #require(QRCode(bytes: Array(reference.text.utf8), correction: reference.correction, mask: reference.forcedMask))
        #expect(code.version == reference.version)
        #expect(code.mask == reference.mask, "the penalty rules picked another mask")
        let rows = (0..<code.size).map { y in String((0..<code.size).map { x in code.isDark(x: x, y: y) ? "#" : "." }) }
        #expect(rows.count == reference.rows.count)
        let differing = zip(rows, reference.rows).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differing.isEmpty, "rows \(differing) differ from the reference")
    }

    @Test func theSmallestVersionThatHoldsTheDataIsChosen() throws {
        // Version 1 at level M has 16 data codewords: 4 bits of mode and 8 of length leave 14 bytes.
        #expect(QRCode(bytes: Array(repeating: 0x41, count: 14), correction: .medium)?.version == 1)
        #expect(QRCode(bytes: Array(repeating: 0x41, count: 15), correction: .medium)?.version == 2)
        #expect(QRCode(bytes: [], correction: .high)?.version == 1)
        #expect(QRCode(text: otpauth, correction: .low)?.version == 6)
        #expect(QRCode(text: otpauth, correction: .high)?.version == 10)
    }

    @Test func dataBeyondVersion40IsRefused() throws {
        // Version 40 holds 2953 bytes at level L and 1273 at level H.
        #expect(QRCode(bytes: Array(repeating: 0x41, count: 2953), correction: .low)?.version == 40)
        #expect(QRCode(bytes: Array(repeating: 0x41, count: 2954), correction: .low) == nil)
        #expect(QRCode(bytes: Array(repeating: 0x41, count: 1273), correction: .high)?.version == 40)
        #expect(QRCode(bytes: Array(repeating: 0x41, count: 1274), correction: .high) == nil)
    }

    @Test func textIsEncodedAsUTF8() throws {
        #expect(QRCode(text: "한류", correction: .quartile) == QRCode(bytes: [0xED, 0x95, 0x9C, 0xEB, 0xA5, 0x98], correction: .quartile))
    }

    @Test func theQuietZoneAroundTheSymbolIsLight() throws {
        let code = try #require(QRCode(text: otpauth))
        #expect(code.size == 17 + 4 * code.version)
        #expect(code.isDark(x: 0, y: 0), "the top-left finder's corner")
        #expect(!code.isDark(x: -1, y: 0))
        #expect(!code.isDark(x: 0, y: code.size))
    }

    @Test func theSVGIsOnePathInsideTheQuietZone() throws {
        let code = try #require(QRCode(text: otpauth))
        let side = code.size + 2 * 3
        let svg = code.svg(moduleSize: 5, quietZone: 3, label: "Hallyu \"editor\" <2FA> & 한류")
        #expect(
            svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(side * 5)\" height=\"\(side * 5)\""))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains("role=\"img\" aria-label=\"Hallyu &quot;editor&quot; &lt;2FA&gt; &amp; 한류\""))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains("shape-rendering=\"crispEdges\""))

        // Every dark module is drawn once, the first one offset by the quiet zone.
        let path = try #require(svg.firstMatch(of: /d="([^"]*)"/)?.1)
        let drawn = path.matches(of: /h(\d+)v1/).reduce(0) { $0 + Int($1.1)! }
        let dark = (0..<code.size).reduce(0) { count, y in count + (0..<code.size).count(where: { code.isDark(x: $0, y: y) }) }
        #expect(drawn == dark)
        #expect(path.hasPrefix("M3,3h7v1h-7z"), "the top-left finder's top edge")
    }
}

/// One file of Fixtures/qr: a parameter line, then a row of `#` and `.` per row of modules.
private struct ReferenceMatrix {
    let text: String
    let correction: QRCode.Correction
    let forcedMask: Int?
    let version: Int
    let mask: Int
    let rows: [String]

    init(named name: String) throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/qr/\(name)", withExtension: "txt"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = try #require(lines.first?.components(separatedBy: " text="))
        let fields = Dictionary(
            uniqueKeysWithValues: header[0].split(separator: " ").map { field in
                let parts = field.split(separator: "=", maxSplits: 1)
                return (String(parts[0]), String(parts[1]))
            })
        let levels: [String: QRCode.Correction] = ["L": .low, "M": .medium, "Q": .quartile, "H": .high]
        text = header[1...].joined(separator: " text=")
        correction = try #require(levels[fields["error"] ?? ""])
        forcedMask = fields["mask"].flatMap { Int($0) }
        version = try #require(fields["version"].flatMap { Int($0) })
        mask = try #require(fields["chosen-mask"].flatMap { Int($0) })
        rows = Array(lines.dropFirst())
    }
}
