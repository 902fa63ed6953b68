import Testing

@testable import HallyuCore

/// A multipart body is whole only with its closing boundary; one cut off on the way is told apart.
@Suite struct MultipartEndTests {
    private func body(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aWholeBodyIsClosed() {
        let whole = "--b1\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nA photo\r\n--b1--"
        #expect(MultipartEnd.isClosed(body(whole), boundary: "b1"))
        #expect(MultipartEnd.isClosed(body(whole + "\r\n"), boundary: "b1"), "a line break after it")
        #expect(MultipartEnd.isClosed(body(whole + "\r\nan epilogue"), boundary: "b1"), "an epilogue after it")
        #expect(MultipartEnd.isClosed(body("--b1--"), boundary: "b1"), "no parts at all")
    }

    @Test func aBodyCutOffIsNot() {
        let whole = "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nPNG bytes\r\n--b1--\r\n"
        for length in [0, 5, 40, whole.utf8.count - 4, whole.utf8.count - 3] {
            #expect(!MultipartEnd.isClosed(body(whole).prefix(length), boundary: "b1"), "cut after \(length) bytes")
        }
        #expect(!MultipartEnd.isClosed(body("--b1\r\n\r\nx--b1--"), boundary: "b1"), "the delimiter must start a line")
        #expect(!MultipartEnd.isClosed(body("--b2--"), boundary: "b1"), "another boundary's")
        let longEpilogue = "--b1--\r\n" + String(repeating: "x", count: MultipartEnd.longestEpilogue + 1)
        #expect(!MultipartEnd.isClosed(body(longEpilogue), boundary: "b1"), "looked for near the end only")
    }
}
