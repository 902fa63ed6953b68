import Foundation

/// Hands out heading ids that are unique within one document and stable across renders:
/// the slug of the heading's text, then `-2`, `-3` … for repeats and for the ids the page
/// itself uses (`PageAnchors`).
struct HeadingIDs {
    /// Long headings make unwieldy anchors; the id keeps whole words up to this length.
    static let maximumLength = 80

    /// The page's own ids count as used from the start, so no heading takes one.
    private var used: Set<String> = PageAnchors.reserved
    private var nextSuffix: [String: Int] = [:]
    private var headingCount = 0

    /// The id for the next heading. Text with no ASCII letters or digits (a Hangul heading, say)
    /// slugs to nothing, so it is named after its position instead: `section-3`.
    mutating func makeID(for text: String) -> String {
        headingCount += 1
        var base = Self.shortened(Slug.make(from: text))
        if base.isEmpty { base = "section-\(headingCount)" }
        var candidate = base
        if used.contains(candidate) {
            var suffix = nextSuffix[base] ?? 2
            repeat {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            } while used.contains(candidate)
            nextSuffix[base] = suffix
        }
        used.insert(candidate)
        return candidate
    }

    private static func shortened(_ slug: String) -> String {
        guard slug.utf8.count > maximumLength else { return slug }
        var cut = String(slug.prefix(maximumLength))
        if let lastHyphen = cut.lastIndex(of: "-") { cut = String(cut[..<lastHyphen]) }
        return cut
    }
}
