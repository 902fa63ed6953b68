import Foundation

/// The plain text in WordPress's HTML fields: titles (which may hold `&#8217;`), excerpts and
/// comments, where only the words matter.
public enum WordPressText {
    /// The text with tags gone and references resolved; paragraphs and `<br>` become line
    /// breaks when `keepingLines`, spaces otherwise. A link's address follows its words when
    /// they differ, so a comment loses no address.
    public static func plain(_ html: String, keepingLines: Bool = false) -> String {
        guard html.contains("<") || html.contains("&") else { return tidy(html, keepingLines: keepingLines) }
        var output = ""
        func walk(_ nodes: [HTMLNode]) {
            for node in nodes {
                switch node.kind {
                case .comment: continue
                case .text: output += node.text
                case .element:
                    if HTMLFragment.rawTextElements.contains(node.name) { continue }
                    if node.name == "br" { output += "\n" }
                    let isBlock = WordPressMarkdownWriter.blockElements.contains(node.name)
                    if isBlock { output += "\n\n" }
                    walk(node.children)
                    if node.name == "a", let href = node.attribute("href"), WebAddress.isLinkable(href),
                        node.textContent.trimmingCharacters(in: .whitespaces) != href
                    {
                        output += " (\(href))"
                    }
                    if isBlock { output += "\n\n" }
                }
            }
        }
        walk(HTMLFragment.parse(html))
        return tidy(output, keepingLines: keepingLines)
    }

    private static func tidy(_ text: String, keepingLines: Bool) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ") }
        guard keepingLines else { return lines.filter { !$0.isEmpty }.joined(separator: " ") }
        var kept: [String] = []
        for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(line) }
        return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A caption's credit, where WordPress sites write it at the end ("The poster. Photo: tvN",
    /// "… (Photo by Getty Images)", "… © Netflix"): the caption without it, and the credit.
    public static func splitCredit(_ caption: String) -> (caption: String, credit: String) {
        let markers = ["Photo:", "Photo by", "Photos:", "Credit:", "Image:", "Courtesy of", "Source:", "©"]
        var best: Range<String.Index>?
        for marker in markers {
            if let found = caption.range(of: marker, options: [.backwards, .caseInsensitive]), best.map({ found.lowerBound > $0.lowerBound }) ?? true
            {
                best = found
            }
        }
        guard let marker = best else { return (caption, "") }
        var credit = caption[marker.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " :)]"))
        if caption[marker].hasPrefix("©") || caption[marker].lowercased().hasPrefix("courtesy") {
            credit = caption[marker.lowerBound...].trimmingCharacters(in: CharacterSet(charactersIn: " )]"))
        }
        let rest = caption[..<marker.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ([|—–-"))
        return (rest, credit)
    }

    /// An uploaded file's path under `wp-content/uploads`, from its address; WordPress's
    /// resized copies (`poster-800x533.jpg`, `poster-scaled.jpg`) lead to the original.
    public static func uploadPath(of address: String) -> String? {
        guard let marker = address.range(of: "/wp-content/uploads/") else { return nil }
        var path = String(address[marker.upperBound...])
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        return path.removingPercentEncoding ?? path
    }

    /// The original of a resized copy's path.
    public static func originalPath(_ path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path.lastIndex(of: "."), dot > slash else { return path }
        var stem = String(path[slash..<dot])
        if stem.hasSuffix("-scaled") { stem.removeLast(7) }
        if let dash = stem.lastIndex(of: "-") {
            let size = stem[stem.index(after: dash)...].split(separator: "x")
            if size.count == 2, size.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { stem = String(stem[..<dash]) }
        }
        return String(path[..<slash]) + stem + String(path[dot...])
    }

    /// Whether a relative path stays inside the folder it is read from: no `..`, no absolute
    /// path, no empty or hidden part.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
        }
    }
}
