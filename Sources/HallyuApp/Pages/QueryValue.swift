import Foundation

/// Text made safe to stand as one value in a URL's query.
enum QueryValue {
    /// RFC 3986's unreserved characters: everything else is percent-encoded, so a `&`, `#` or `/`
    /// in a title, an address or a search cannot end the value early, and Hangul travels as its
    /// UTF-8 bytes. (Foundation's `urlQueryAllowed` keeps `&`, `=` and `+`, which is for whole
    /// queries, not for one value.)
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encoded(_ text: String) -> String {
        // Nil only for text that is not Unicode, which a Swift string never is.
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
