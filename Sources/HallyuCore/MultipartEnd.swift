/// Whether a multipart body arrived whole: it must hold its close delimiter (`--boundary--`,
/// RFC 2046 5.1.1), after which only an epilogue may follow. A body cut off mid-way (a client
/// that stopped sending, a proxy that gave up) lacks it; the web framework's parser would
/// otherwise hand on the parts read so far, or fail without saying why.
public enum MultipartEnd {
    /// How far from the end the delimiter is looked for: browsers and HTTP libraries send no
    /// epilogue, and a body that is not closed is then read this far, not whole (15 MB, say).
    public static let longestEpilogue = 4096

    public static func isClosed<Bytes: BidirectionalCollection<UInt8>>(_ body: Bytes, boundary: String) -> Bool {
        let delimiter = Array("--\(boundary)--".utf8)
        let count = body.count
        guard count >= delimiter.count else { return false }
        let first = body.index(body.startIndex, offsetBy: max(0, count - delimiter.count - longestEpilogue))
        var start = body.index(body.endIndex, offsetBy: -delimiter.count)
        while true {
            // The delimiter opens the body or follows a line break.
            if body[start] == UInt8(ascii: "-"), body[start...].starts(with: delimiter),
                start == body.startIndex || body[body.index(before: start)] == UInt8(ascii: "\n")
            {
                return true
            }
            if start == first { return false }
            start = body.index(before: start)
        }
    }

    /// What the client is told.
    public static let problem = "it ends before its closing boundary, so the upload was cut off on the way; send it again"
}
