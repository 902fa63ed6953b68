/// The part of a text that best shows why it matched a search: cut at word boundaries around
/// the densest run of matching words, with where each match is (for `<mark>` on pages, and as
/// UTF-16 and UTF-8 offsets in the API).
public struct SearchSnippet: Sendable, Equatable {
    public let text: String
    /// Where the matching words are in `text`.
    public let highlights: [Range<String.Index>]

    public init(_ source: String, query: SearchQuery, length: Int = 220) {
        let words = SearchTokens.spans(in: source)
        let matcher = Matcher(query)
        let hits = words.indices.filter { matcher.matches(source[words[$0].range], isHangul: words[$0].isHangul) }
        guard let window = Self.bestWindow(words, hits: hits, text: source, length: length) else {
            let cut = Self.shortened(source, to: length)
            text = cut
            highlights = []
            return
        }
        let prefix = window.lowerBound > source.startIndex ? "…" : ""
        let suffix = window.upperBound < source.endIndex ? "…" : ""
        let body = String(source[window])
        text = prefix + body + suffix
        // The same words, found again in the snippet's own indices.
        let shift = prefix.utf8.count - source.utf8.distance(from: source.startIndex, to: window.lowerBound)
        var ranges: [Range<String.Index>] = []
        for hit in hits where words[hit].range.lowerBound >= window.lowerBound && words[hit].range.upperBound <= window.upperBound {
            let start = source.utf8.distance(from: source.startIndex, to: words[hit].range.lowerBound) + shift
            let end = source.utf8.distance(from: source.startIndex, to: words[hit].range.upperBound) + shift
            let utf8 = text.utf8
            ranges.append(utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end))
        }
        highlights = ranges
    }

    /// Escaped HTML, Hangul marked Korean, each match in `<mark>`.
    public var html: String {
        var html = ""
        var cursor = text.startIndex
        for range in highlights {
            html += HTMLText.markingKorean(String(text[cursor..<range.lowerBound]))
            html += "<mark>" + HTMLText.markingKorean(String(text[range])) + "</mark>"
            cursor = range.upperBound
        }
        return html + HTMLText.markingKorean(String(text[cursor...]))
    }

    /// Each highlight as (UTF-16 start, end, UTF-8 start, end) in `text`.
    public var offsets: [(start: Int, end: Int, utf8Start: Int, utf8End: Int)] {
        highlights.map { range in
            (
                text.utf16.distance(from: text.startIndex, to: range.lowerBound), text.utf16.distance(from: text.startIndex, to: range.upperBound),
                text.utf8.distance(from: text.startIndex, to: range.lowerBound), text.utf8.distance(from: text.startIndex, to: range.upperBound)
            )
        }
    }

    /// A word matches a Latin term when they fold alike (hyphenated words also joined), and a
    /// Hangul term when the Hangul word contains it (송강 in 송강이). The terms are gathered once,
    /// since every word of the text is asked.
    struct Matcher {
        let latin: Set<String>
        let hangul: [String]
        /// The longest Latin term in UTF-8 bytes: a longer word can match only when hyphenated.
        let longest: Int

        init(_ query: SearchQuery) {
            let terms = query.termSets.joined()
            latin = Set(terms.filter { !$0.isHangul }.map(\.word))
            hangul = terms.filter(\.isHangul).map(\.word)
            longest = latin.map(\.utf8.count).max() ?? 0
        }

        /// Folds only the words that could match: most words of an article are too long or
        /// too short to be any term.
        func matches(_ text: Substring, isHangul: Bool) -> Bool {
            if isHangul { return hangul.contains { text.contains($0) } }
            guard !latin.isEmpty else { return false }
            let hyphenated = text.utf8.contains(UInt8(ascii: "-"))
            // An ASCII word folds to no fewer bytes than it has, less its apostrophes; accented
            // letters fold shorter, so those words are always folded.
            let apostrophes = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "'") ? 1 : 0) }
            let ascii = text.utf8.allSatisfy { $0 < 0x80 }
            if !hyphenated && ascii && text.utf8.count - apostrophes > longest { return false }
            let folded = SearchTokens.fold(text, hangul: false)
            if latin.contains(folded) { return true }
            guard hyphenated else { return false }
            let parts = folded.split(separator: "-").map(String.init)
            return latin.contains(parts.joined()) || parts.contains(where: latin.contains)
        }
    }

    /// The stretch of about `length` characters, starting a few words before a hit, holding the
    /// most hits. Distances are counted in UTF-16 units, which a string finds without walking
    /// its characters: a long article has many hits to compare.
    private static func bestWindow(
        _ words: [(range: Range<String.Index>, isHangul: Bool)], hits: [Int], text: String,
        length: Int
    ) -> Range<String.Index>? {
        guard let firstHit = hits.first else { return nil }
        let utf16 = text.utf16
        let starts = words.map { utf16.distance(from: utf16.startIndex, to: $0.range.lowerBound) }
        let ends = words.map { utf16.distance(from: utf16.startIndex, to: $0.range.upperBound) }
        var best = (start: firstHit, count: 0)
        var last = 0
        for (position, start) in hits.enumerated() {
            // Hits are in order, so the ones within reach of this start follow it directly.
            last = max(last, position)
            while last + 1 < hits.count && ends[hits[last + 1]] - starts[start] <= length { last += 1 }
            let count = ends[hits[last]] - starts[start] <= length ? last - position + 1 : 1
            if count > best.count { best = (start, count) }
        }
        // A few words of context before the first hit.
        let first = max(0, best.start - 4)
        let origin = first == 0 ? 0 : starts[first]
        var endWord = first
        while endWord + 1 < words.count && ends[endWord + 1] - origin <= length { endWord += 1 }
        let start = first == 0 ? text.startIndex : words[first].range.lowerBound
        var end = ends[endWord] - origin <= length ? words[endWord].range.upperBound : start
        if end == start { end = text.index(start, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex }
        return start..<end
    }

    private static func shortened(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let room = text.prefix(length)
        let cut = room.lastIndex(of: " ").map { room[..<$0] } ?? room
        return String(cut) + "…"
    }
}
