import Foundation

/// The pieces of an http(s) URL that embed recognition looks at.
///
/// Hand-rolled rather than `URLComponents` so that what counts as the host is exactly what we
/// test, and the same on every platform.
struct EmbedURLParts {
    /// Lowercased host without `www.`, `m.` or `mobile.`.
    let host: String
    /// Non-empty path segments, so a trailing slash does not matter.
    let segments: [String]
    let query: String

    init?(_ url: String) {
        let lowered = url.lowercased()
        let afterScheme: Substring
        if lowered.hasPrefix("https://") {
            afterScheme = url.dropFirst(8)
        } else if lowered.hasPrefix("http://") {
            afterScheme = url.dropFirst(7)
        } else {
            return nil
        }
        let withoutFragment = afterScheme.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let pathStart = withoutFragment.firstIndex { $0 == "/" || $0 == "?" } ?? withoutFragment.endIndex
        var authority = withoutFragment[..<pathStart]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if let colon = authority.firstIndex(of: ":") { authority = authority[..<colon] }
        var host = authority.lowercased()
        for prefix in ["www.", "m.", "mobile."] where host.hasPrefix(prefix) {
            host.removeFirst(prefix.count)
            break
        }
        guard !host.isEmpty else { return nil }
        let rest = withoutFragment[pathStart...]
        let queryStart = rest.firstIndex(of: "?") ?? rest.endIndex
        self.host = host
        self.segments = rest[..<queryStart].split(separator: "/").map(String.init)
        self.query = queryStart < rest.endIndex ? String(rest[rest.index(after: queryStart)...]) : ""
    }

    /// The first value of a query parameter, as written.
    func queryValue(_ name: String) -> String? {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 && parts[0] == name { return String(parts[1]) }
        }
        return nil
    }

    /// The URL without scheme and `www.`, cut to `limit` characters with an ellipsis: long enough
    /// to recognise, short enough for a card.
    static func displayText(for url: String, limit: Int = 40) -> String {
        var text = Substring(url)
        for prefix in ["https://", "http://"] where text.lowercased().hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        if text.lowercased().hasPrefix("www.") { text = text.dropFirst(4) }
        if text.hasSuffix("/") { text = text.dropLast() }
        guard text.count > limit else { return String(text) }
        return String(text.prefix(limit - 1)) + "…"
    }
}
