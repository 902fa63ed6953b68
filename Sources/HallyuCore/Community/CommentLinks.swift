/// Web addresses in a reader's comment, found the way GitHub finds bare links in text.
enum CommentLinks {
    /// A web address in the text and where it goes.
    struct Link: Equatable {
        var range: Range<String.Index>
        var href: String
    }

    /// Every address in `text`, in order. Only `http://`, `https://` and `www.` start one, so
    /// `javascript:` and bare domains stay text.
    static func find(in text: String) -> [Link] {
        var links: [Link] = []
        var index = text.startIndex
        while index < text.endIndex {
            if startsWord(text, at: index), let link = linkStarting(in: text, at: index) {
                links.append(link)
                index = link.range.upperBound
            } else {
                index = text.index(after: index)
            }
        }
        return links
    }

    private static func linkStarting(in text: String, at start: String.Index) -> Link? {
        let isWWW: Bool
        if hasPrefix(text, at: start, "https://") || hasPrefix(text, at: start, "http://") {
            isWWW = false
        } else if hasPrefix(text, at: start, "www.") {
            isWWW = true
        } else {
            return nil
        }
        let runEnd = text[start...].firstIndex { $0.isWhitespace || $0 == "<" } ?? text.endIndex
        var candidate = text[start..<runEnd]
        trimTrailingPunctuation(&candidate)
        if isWWW && candidate.count <= 4 { return nil }
        let href = (isWWW ? "https://" : "") + String(candidate)
        guard WebAddress.isLinkable(href) else { return nil }
        return Link(range: candidate.startIndex..<candidate.endIndex, href: href)
    }

    /// Sentence punctuation after an address belongs to the sentence, and a `)` closes the
    /// reader's parenthesis unless the address opened one itself (Wikipedia's "Film_(2019)").
    private static func trimTrailingPunctuation(_ candidate: inout Substring) {
        let opened = candidate.count(where: { $0 == "(" })
        var closed = candidate.count(where: { $0 == ")" })
        while let last = candidate.last {
            if ".,:;!?'\"".contains(last) {
                candidate.removeLast()
            } else if last == ")" && closed > opened {
                candidate.removeLast()
                closed -= 1
            } else {
                return
            }
        }
    }

    /// An address starts a word: not in the middle of one, nor after a dot, slash or `@` where
    /// it would be part of something longer ("mail.www.example.com", "user@www.example.com").
    /// Hangul before an address still counts as a start, since Korean text often runs into one.
    private static func startsWord(_ text: String, at index: String.Index) -> Bool {
        guard index > text.startIndex else { return true }
        let previous = text[text.index(before: index)]
        if previous.isASCII && (previous.isLetter || previous.isNumber) { return false }
        return !"./@-_".contains(previous)
    }

    /// ASCII prefix compared without case, one character at a time, so that no
    /// case mapping can change how many characters were matched.
    private static func hasPrefix(_ text: String, at start: String.Index, _ prefix: String) -> Bool {
        var index = start
        for expected in prefix {
            guard index < text.endIndex else { return false }
            let character = text[index]
            guard character.isASCII, character.lowercased() == String(expected) else { return false }
            index = text.index(after: index)
        }
        return true
    }
}
