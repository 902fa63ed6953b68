import Foundation

/// Checks rendered HTML against what the renderer may produce: known tags, known attributes,
/// quoted values, and no script-capable URLs. Anything else means source HTML leaked through.
enum HTMLSafetyCheck {
    private static let tags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "a", "img", "ul", "ol", "li",
        "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "span",
    ]
    private static let attributes: Set<String> = [
        "href", "src", "alt", "title", "id", "class", "start", "align", "lang", "rel", "target",
        "data-embed-src", "data-embed-provider", "aria-hidden",
    ]
    private static let attribute = try! NSRegularExpression(pattern: "^\\s+([a-z-]+)=\"([^\"<>]*)\"")

    /// Every problem found, empty when the HTML is as expected.
    /// Works on bytes, as a browser's tokenizer does: as `Character`s, a `>` followed by a
    /// combining mark would not be found.
    static func violations(in html: String) -> [String] {
        var problems: [String] = []
        let bytes = Array(html.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else {
                problems.append("unclosed tag")
                break
            }
            problems += check(String(decoding: bytes[(open + 1)..<close], as: UTF8.self))
            index = close + 1
        }
        return problems
    }

    private static func check(_ tag: String) -> [String] {
        var body = Substring(tag)
        if body.hasPrefix("/") { body = body.dropFirst() }
        let name = String(body.prefix { $0.isLetter || $0.isNumber })
        guard tags.contains(name) else { return ["tag <\(tag)>"] }
        var attributesText = String(body.dropFirst(name.count))
        if attributesText.hasSuffix("/") { attributesText.removeLast() }
        var problems: [String] = []
        while true {
            let range = NSRange(attributesText.startIndex..., in: attributesText)
            guard let match = attribute.firstMatch(in: attributesText, range: range),
                let nameRange = Range(match.range(at: 1), in: attributesText),
                let valueRange = Range(match.range(at: 2), in: attributesText),
                let whole = Range(match.range, in: attributesText)
            else { break }
            let attributeName = String(attributesText[nameRange])
            let value = attributesText[valueRange].lowercased().filter { !$0.isWhitespace }
            if !attributes.contains(attributeName) { problems.append("attribute \(attributeName) in <\(tag)>") }
            if ["href", "src", "data-embed-src"].contains(attributeName),
                value.hasPrefix("javascript:") || value.hasPrefix("vbscript:")
                    || (value.hasPrefix("data:") && !value.hasPrefix("data:image/png"))
            {
                problems.append("unsafe URL in <\(tag)>")
            }
            attributesText.removeSubrange(whole)
        }
        if !attributesText.allSatisfy(\.isWhitespace) { problems.append("stray text in <\(tag)>") }
        return problems
    }
}
