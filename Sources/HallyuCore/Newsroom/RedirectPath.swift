import Foundation

/// The one spelling of an old address that redirects are stored and looked up by, so
/// `/2024/03/15/Queen-Of-Tears/`, `/2024/03/15/queen-of-tears` and its percent-encoded Hangul
/// twin find the same entry. WordPress's query addresses (`/?p=41`, `/?page_id=2`,
/// `/?attachment_id=12`, `/?cat=4`, `/?tag=idols`) keep the one parameter that names the page.
public enum RedirectPath {
    /// The query parameters by which WordPress addresses a page without a permalink.
    public static let queryKeys = ["p", "page_id", "attachment_id", "cat", "tag"]

    /// Nil for what is not a path on this site (an address with another host, an empty text).
    public static func normalise(_ address: String) -> String? {
        var text = address.trimmingCharacters(in: .whitespacesAndNewlines)
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            text = rest.firstIndex(where: { $0 == "/" || $0 == "?" }).map { String(rest[$0...]) } ?? "/"
        }
        guard text.hasPrefix("/") else { return nil }
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        let parts = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var path = (String(parts[0]).removingPercentEncoding ?? String(parts[0])).lowercased()
        // No page has a control character in its address, and PostgreSQL refuses NUL outright.
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        while path.contains("//") { path = path.replacingOccurrences(of: "//", with: "/") }
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard parts.count == 2 else { return path }
        let pairs = parts[1].split(separator: "&").map { $0.split(separator: "=", maxSplits: 1).map(String.init) }
        for key in queryKeys {
            if let pair = pairs.first(where: { $0.first == key && $0.count == 2 && !$0[1].isEmpty }) {
                let value = (pair[1].removingPercentEncoding ?? pair[1]).lowercased()
                guard !value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
                return path + "?" + key + "=" + value
            }
        }
        return path
    }
}
