import Foundation

/// The editor's checks beyond names: what a reader or a search engine would hold against a
/// story before it goes out.
public enum EditorChecks {
    /// A paragraph this long is a wall of text on a phone (about 8 screens of a 390-px width).
    public static let longParagraphWords = 150

    public struct LongParagraph: Sendable, Equatable {
        public var words: Int
        /// Where the paragraph is in the source: UTF-16 code units and UTF-8 bytes.
        public var start, end, utf8Start, utf8End: Int
    }

    /// Paragraphs of plain prose longer than `longParagraphWords`. Headings, lists, quotes,
    /// tables, code and HTML are not prose and are not counted.
    public static func longParagraphs(in markdown: String) -> [LongParagraph] {
        var found: [LongParagraph] = []
        var utf16 = 0, utf8 = 0
        var paragraph: (start: Int, utf8Start: Int, end: Int, utf8End: Int, words: Int)?
        var inFence = false
        func close() {
            if let open = paragraph, open.words > longParagraphWords {
                found.append(
                    LongParagraph(
                        words: open.words, start: open.start, end: open.end,
                        utf8Start: open.utf8Start, utf8End: open.utf8End))
            }
            paragraph = nil
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineUTF16 = line.utf16.count, lineUTF8 = line.utf8.count
            defer {
                utf16 += lineUTF16 + 1
                utf8 += lineUTF8 + 1
            }
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                close()
                continue
            }
            if inFence { continue }
            let isBlank = trimmed.allSatisfy(\.isWhitespace)
            let startsOther =
                ["#", ">", "|", "<", "- ", "* ", "+ "].contains { trimmed.hasPrefix($0) }
                || trimmed.first?.isNumber == true && trimmed.drop { $0.isNumber }.first.map { $0 == "." || $0 == ")" } == true
                || line.hasPrefix("    ")
            if isBlank || (paragraph == nil && startsOther) {
                close()
                continue
            }
            let words = line.split { $0.isWhitespace }.count
            if var open = paragraph {
                open.end = utf16 + lineUTF16
                open.utf8End = utf8 + lineUTF8
                open.words += words
                paragraph = open
            } else {
                paragraph = (utf16, utf8, utf16 + lineUTF16, utf8 + lineUTF8, words)
            }
        }
        close()
        return found
    }

    public struct OffSitePicture: Sendable, Equatable {
        public var source: String
        /// Where its address is in the source: UTF-16 code units and UTF-8 bytes.
        public var start, end, utf8Start, utf8End: Int
    }

    /// Pictures from other sites' addresses, which readers' pages do not load (`SitePictures`):
    /// each must be uploaded to the media library, with its credit, before the story goes out.
    public static func offSitePictures(in markdown: String) -> [OffSitePicture] {
        var found: [OffSitePicture] = []
        var searchFrom = markdown.startIndex
        for source in Markdown.parse(markdown).offSitePictures {
            guard let range = markdown.range(of: source, range: searchFrom..<markdown.endIndex) else { continue }
            searchFrom = range.upperBound
            found.append(
                OffSitePicture(
                    source: source, start: markdown.utf16.distance(from: markdown.startIndex, to: range.lowerBound),
                    end: markdown.utf16.distance(from: markdown.startIndex, to: range.upperBound),
                    utf8Start: markdown.utf8.distance(from: markdown.startIndex, to: range.lowerBound),
                    utf8End: markdown.utf8.distance(from: markdown.startIndex, to: range.upperBound)))
        }
        return found
    }

    /// Why a story cannot go out with its body's pictures, or nil.
    public static func offSitePictureProblem(in markdown: String) -> String? {
        let pictures = offSitePictures(in: markdown)
        guard let first = pictures.first else { return nil }
        let more = pictures.count > 1 ? " and \(pictures.count - 1) more" : ""
        return
            "The body shows a picture from another site (\(first.source.prefix(120))\(more)), which readers' pages do not load; upload it to the media library with its credit and use its /media/ address."
    }

    /// What a hero image lacks before the story can go out with it: readers are owed the credit,
    /// and screen readers the alt text.
    public static func heroProblems(_ hero: Media?) -> [String] {
        guard let hero else { return [] }
        var problems: [String] = []
        if hero.credit.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("The hero image has no credit.") }
        if hero.alt.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("The hero image has no alt text.") }
        return problems
    }
}
