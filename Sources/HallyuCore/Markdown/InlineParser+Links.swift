import Foundation

extension InlineParser {
    /// A `]`: tries to close the innermost `[` or `![` as an inline link, a full, collapsed or
    /// shortcut reference link, or else leaves a literal `]`.
    mutating func closeBracket() {
        position += 1
        let afterBracket = position
        guard let opener = brackets.last else {
            appendText((afterBracket - 1)..<afterBracket)
            return
        }
        guard opener.isActive else {
            brackets.removeLast()
            appendText((afterBracket - 1)..<afterBracket)
            return
        }
        guard
            let (destination, title, next) = inlineLinkTarget(at: afterBracket)
                ?? referenceLinkTarget(opener, afterBracket: afterBracket)
        else {
            brackets.removeLast()
            appendText((afterBracket - 1)..<afterBracket)
            return
        }
        let payload = tree.payload(destination, title)
        let kind: InlineTree.Kind = opener.isImage ? .image(payload) : .link(payload)
        tree.wrapToEnd(after: opener.node, in: kind)
        processEmphasis(above: opener.previousDelimiter)
        brackets.removeLast()
        tree.kinds[opener.node] = .empty
        position = next
        guard !opener.isImage else { return }
        // Links may not contain links: earlier `[` can no longer open one. Inactive openers are
        // always the oldest, so the walk stops at the first it meets and stays linear.
        var index = brackets.count - 1
        while index >= 0 {
            if !brackets[index].isImage {
                if !brackets[index].isActive { break }
                brackets[index].isActive = false
            }
            index -= 1
        }
    }

    /// `(destination "title")` right after the `]`.
    private mutating func inlineLinkTarget(at index: Int) -> (String, String?, Int)? {
        guard index < end, subject[index] == Bytes.openParen else { return nil }
        let destinationStart = LinkScanners.skipSpacesAndNewline(subject, index + 1, end: end)
        guard let (destinationRange, afterDestination) = LinkScanners.destination(subject, destinationStart, end: end, allowEmpty: true)
        else { return nil }
        var position = LinkScanners.skipSpacesAndNewline(subject, afterDestination, end: end)
        var title: String?
        if position > afterDestination, let (titleRange, afterTitle) = LinkScanners.title(subject, position, end: end) {
            title = Bytes.string(CharacterReferences.unescape(subject, titleRange))
            position = LinkScanners.skipSpacesAndNewline(subject, afterTitle, end: end)
        }
        guard position < end, subject[position] == Bytes.closeParen else { return nil }
        let destination = URLNormalisation.normalise(CharacterReferences.unescape(subject, destinationRange))
        return (destination, title, position + 1)
    }

    /// `[text][label]`, `[text][]` or `[text]` with a matching definition.
    private mutating func referenceLinkTarget(_ opener: Bracket, afterBracket: Int) -> (String, String?, Int)? {
        guard !references.isEmpty else { return nil }
        let labelRange: Range<Int>
        var next = afterBracket
        if let afterLabel = LinkScanners.label(subject, afterBracket, end: end) {
            next = afterLabel
            if afterLabel - afterBracket > 2 {
                labelRange = (afterBracket + 1)..<(afterLabel - 1)
            } else if !opener.bracketAfter {
                labelRange = opener.textStart..<(afterBracket - 1)
            } else {
                return nil
            }
        } else if !opener.bracketAfter {
            labelRange = opener.textStart..<(afterBracket - 1)
        } else {
            return nil
        }
        // The link text doubles as the label only when it is short enough to be one.
        guard labelRange.count <= 4 * LinkScanners.maximumLabelLength,
            LinkScanners.label(subject, labelRange.lowerBound - 1, end: labelRange.upperBound + 1) == labelRange.upperBound + 1
        else { return nil }
        let label = LinkScanners.normalisedLabel(subject, labelRange)
        guard !label.isEmpty, let reference = references.reference(for: label) else { return nil }
        return (reference.destination, reference.title, next)
    }
}
