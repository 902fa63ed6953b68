import Foundation

/// The embed extension's trigger: a paragraph that is one bare http(s) URL and nothing else.
enum EmbedDetection {
    /// The URL when `content` (a paragraph's raw text) is exactly one, else nil. Characters that
    /// could carry Markdown or HTML (`<`, `>`, `"`, backticks, backslashes) disqualify it, so an
    /// autolink or anything fancier stays an ordinary paragraph.
    static func bareURL(_ content: [UInt8]) -> String? {
        let range = Bytes.trimmed(content, 0..<content.count)
        let prefixLength: Int
        if Bytes.hasPrefix(content, at: range.lowerBound, end: range.upperBound, caseInsensitive: "https://") {
            prefixLength = 8
        } else if Bytes.hasPrefix(content, at: range.lowerBound, end: range.upperBound, caseInsensitive: "http://") {
            prefixLength = 7
        } else {
            return nil
        }
        guard range.count > prefixLength else { return nil }
        for byte in content[range] {
            switch byte {
            case 0...0x20, 0x7F, Bytes.lessThan, Bytes.greaterThan, Bytes.quote, Bytes.backtick, Bytes.backslash:
                return nil
            default:
                continue
            }
        }
        return Bytes.string(content, range)
    }
}
