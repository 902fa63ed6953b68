import Foundation

extension InlineParser {
    /// A run of `*` or `_`: kept as text for now and pushed on the delimiter stack when the
    /// flanking rules say it can open or close emphasis.
    mutating func delimiterRun() {
        let character = subject[position]
        let start = position
        while position < end && subject[position] == character { position += 1 }
        let count = position - start

        let before: Unicode.Scalar = start == 0 ? "\n" : UnicodeClasses.scalar(in: subject, before: start, start: 0)
        let after: Unicode.Scalar = position >= end ? "\n" : UnicodeClasses.scalar(in: subject, at: position, end: end)
        let beforeIsSpace = UnicodeClasses.isWhitespace(before)
        let afterIsSpace = UnicodeClasses.isWhitespace(after)
        let beforeIsPunctuation = UnicodeClasses.isPunctuation(before)
        let afterIsPunctuation = UnicodeClasses.isPunctuation(after)
        let leftFlanking = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
        let rightFlanking = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
        let canOpen: Bool
        let canClose: Bool
        if character == Bytes.underscore {
            // Intraword `_` is literal (snake_case stays as written).
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }

        let node = tree.append(.delimiterRun(character, count))
        guard canOpen || canClose else { return }
        let index = delimiters.count
        delimiters.append(
            Delimiter(
                character: character, count: count, originalCount: count, node: node,
                previous: delimiterTop, next: -1, canOpen: canOpen, canClose: canClose))
        if delimiterTop >= 0 { delimiters[delimiterTop].next = index }
        delimiterTop = index
    }

    /// Matches closers with openers above `bottom` and wraps what lies between in emphasis.
    ///
    /// `openersBottom` remembers, per kind of closer, below which point no opener can match, so
    /// that a failed search is never repeated: this keeps `*a **a ***a …` linear.
    mutating func processEmphasis(above bottom: Int) {
        // Without this, an empty range would walk the whole stack below it, once per link.
        guard delimiterTop != bottom else { return }
        var openersBottom = [Int](repeating: bottom, count: 12)
        var closer = delimiterTop
        while closer >= 0 && delimiters[closer].previous != bottom { closer = delimiters[closer].previous }

        while closer >= 0 {
            let current = delimiters[closer]
            guard current.canClose else {
                closer = current.next
                continue
            }
            let bottomIndex =
                (current.character == Bytes.asterisk ? 6 : 0) + (current.canOpen ? 3 : 0)
                + current.originalCount % 3
            var opener = current.previous
            var found = false
            while opener >= 0 && opener != bottom && opener != openersBottom[bottomIndex] {
                let candidate = delimiters[opener]
                // The "rule of three": a run that can both open and close only pairs when the
                // lengths are not a multiple of three apart.
                let oddMatch =
                    (current.canOpen || candidate.canClose) && current.originalCount % 3 != 0
                    && (candidate.originalCount + current.originalCount) % 3 == 0
                if candidate.character == current.character && candidate.canOpen && !oddMatch {
                    found = true
                    break
                }
                opener = candidate.previous
            }

            guard found else {
                openersBottom[bottomIndex] = current.previous
                let next = current.next
                if !current.canOpen { removeDelimiter(closer) }
                closer = next
                continue
            }

            let used = current.count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
            delimiters[opener].count -= used
            delimiters[closer].count -= used
            let openerNode = delimiters[opener].node
            let closerNode = current.node
            tree.kinds[openerNode] = delimiters[opener].count > 0 ? .delimiterRun(current.character, delimiters[opener].count) : .empty
            tree.kinds[closerNode] = delimiters[closer].count > 0 ? .delimiterRun(current.character, delimiters[closer].count) : .empty
            tree.wrap(between: openerNode, and: closerNode, in: used == 2 ? .strong : .emphasis)

            // Delimiters between the pair can no longer match anything outside it.
            delimiters[opener].next = closer
            delimiters[closer].previous = opener
            if delimiters[opener].count == 0 { removeDelimiter(opener) }
            if delimiters[closer].count == 0 {
                let next = delimiters[closer].next
                removeDelimiter(closer)
                closer = next
            }
        }
        while delimiterTop >= 0 && delimiterTop != bottom { removeDelimiter(delimiterTop) }
    }

    mutating func removeDelimiter(_ index: Int) {
        let delimiter = delimiters[index]
        if delimiter.previous >= 0 { delimiters[delimiter.previous].next = delimiter.next }
        if delimiter.next >= 0 {
            delimiters[delimiter.next].previous = delimiter.previous
        } else {
            delimiterTop = delimiter.previous
        }
    }
}
