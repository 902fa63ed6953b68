/// The boundary a multipart body names in its `Content-Type`. RFC 2046 (5.1.1) allows one to
/// seventy characters; the multipart parser the web framework uses (vapor/multipart-kit 4.7.1,
/// `MultipartParser.init(boundary:)`) stops the whole process on an empty one, a precondition
/// rather than an error, and `boundary=` alone in a request's header gives exactly that.
public enum MultipartBoundary {
    public static let longest = 70

    /// Why this boundary cannot be used, in words for the client; nil when it can.
    public static func problem(_ boundary: String) -> String? {
        let length = boundary.utf8.count
        if length == 0 { return "the boundary in Content-Type is empty" }
        if length > longest { return "the boundary in Content-Type is longer than \(longest) characters" }
        return nil
    }
}
