import HallyuCore
import Testing

/// The checks bodies and queries pass before they are decoded.
@Suite("Request guards")
struct RequestGuardsTests {
    @Test func aMultipartHeaderNameOutsideASCIIIsFound() {
        func body(_ header: String) -> [UInt8] {
            Array("preamble\r\n--XyZ\r\n\(header): form-data; name=\"a\"\r\n\r\nvalue\r\n--XyZ--\r\n".utf8)
        }
        #expect(!MultipartHeaderNames.haveNonASCIIByte(body("Content-Disposition"), boundary: "XyZ"))
        #expect(MultipartHeaderNames.haveNonASCIIByte(body("Content-Dispositioné"), boundary: "XyZ"))
        #expect(MultipartHeaderNames.haveNonASCIIByte(body("이름"), boundary: "XyZ"))
        // A value may hold anything (file names in UTF-8), and so may a part's content.
        let upload =
            Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"사진.png\"\r\n\r\n".utf8)
            + [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0xFF, 0x3A, 0xC3] + Array("\r\n--XyZ--\r\n".utf8)
        #expect(!MultipartHeaderNames.haveNonASCIIByte(upload, boundary: "XyZ"))
        // The second part's header counts as much as the first's.
        let second = Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ\r\nX\u{00FF}: y\r\n\r\n2\r\n--XyZ--".utf8)
        #expect(MultipartHeaderNames.haveNonASCIIByte(second, boundary: "XyZ"))
        // A line feed alone belongs to a header's value: the parser reads the next name after
        // the carriage return and line feed that follow it (found by fuzzing).
        let bareLineFeed = Array("--XyZ\r\nA: b\n\r\n\u{00D6}: d\r\n\r\nbody\r\n--XyZ--".utf8)
        #expect(MultipartHeaderNames.haveNonASCIIByte(bareLineFeed, boundary: "XyZ"))
        // The empty line ends the headers; what follows is the part's content.
        let content = Array("--XyZ\r\nA: b\r\n\r\n\u{00D6}: d\r\n--XyZ--".utf8)
        #expect(!MultipartHeaderNames.haveNonASCIIByte(content, boundary: "XyZ"))
    }

    @Test func aMultipartBoundaryHasOneToSeventyCharacters() {
        #expect(MultipartBoundary.problem("")?.contains("empty") == true)
        #expect(MultipartBoundary.problem("X") == nil)
        #expect(MultipartBoundary.problem(String(repeating: "-", count: 70)) == nil)
        #expect(MultipartBoundary.problem(String(repeating: "-", count: 71))?.contains("longer than 70") == true)
        // Counted in bytes, as the parser sees it: 24 Hangul syllables are 72 bytes.
        #expect(MultipartBoundary.problem(String(repeating: "한", count: 24)) != nil)
    }

    @Test func theNULCharacterIsFoundRawOrEscaped() {
        #expect(NULCharacters.inJSON(Array(#"{"a": "x\u0000"}"#.utf8)))
        #expect(NULCharacters.inJSON(Array("{\"a\": \"x\0\"}".utf8)))
        #expect(NULCharacters.inJSON(Array(#"{"a": "\\\u0000"}"#.utf8)), "an escaped backslash, then the escape")
        #expect(!NULCharacters.inJSON(Array(#"{"a": "\\u0000"}"#.utf8)), "an escaped backslash before u0000 is text")
        #expect(!NULCharacters.inJSON(Array(#"{"a": "\u00e9"}"#.utf8)))
        #expect(NULCharacters.inURLEncoded(Array("q=a%00b".utf8)))
        #expect(NULCharacters.inURLEncoded(Array("q=a\0b".utf8)))
        #expect(!NULCharacters.inURLEncoded(Array("q=a%0b&r=%200".utf8)))
    }
}
