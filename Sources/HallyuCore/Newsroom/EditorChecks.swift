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
