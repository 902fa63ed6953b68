/// The evidence an ordinary-word name needs before it links ("Lisa", "Joy", "Red Velvet"), and
/// the signs that it is the word: see `docs/names.md`, "the evidence rule".
extension MentionIndex {
    /// How far evidence for an ordinary-word name may sit from it, in characters, when it is not
    /// in the same paragraph: about a hundred words.
    static let evidenceReach = 600

    /// Evidence that an ordinary-word name means `target`: an entity related to it (her group, a
    /// fellow member, a drama she is in, the drama's network) or the entity itself linked nearby,
    /// in the same paragraph or within `evidenceReach`; "BLACKPINK’s Lisa" is the nearest case.
    /// A capital letter is none: every sentence and every quotation starts with one.
    func hasEvidence(_ target: MentionTarget, at index: Int, _ context: Context) -> Bool {
        let span = context.spans[index]
        let own = related[target] ?? []
        func isNear(_ other: Int) -> Bool {
            let otherSpan = context.spans[other]
            let (from, to) = otherSpan.start < span.start ? (otherSpan.end, span.start) : (span.end, otherSpan.start)
            return to - from <= Self.evidenceReach || !containsParagraphBreak(context.source, from, to)
        }
        func supports(_ linked: MentionTarget) -> Bool {
            linked == target || own.contains(linked) || sharesGroup(target, linked, own)
        }
        // Spans are in text order, so the walk outwards stops at the first one too far away.
        for direction in [-1, 1] {
            var other = index + direction
            while other >= 0 && other < context.spans.count && isNear(other) {
                defer { other += direction }
                if let linked = context.decided[other] {
                    if supports(linked) { return true }
                    continue
                }
                // A name not yet decided but unmistakably a name (no ordinary word), one of whose
                // entities supports this one: "Jennie and Lisa arrived; Jisoo followed", where
                // several people are called Jisoo and one of them is in Jennie's group.
                for entry in entries[context.spans[other].pattern] where !entry.isGivenName {
                    let otherTarget = records[entry.record].target
                    guard supports(otherTarget) else { continue }
                    if !entry.needsEvidence && !context.usedAsWords.contains(context.spans[other].pattern) { return true }
                    // Two ordinary words vouch for each other only as a group and its member in
                    // one sentence ("Red Velvet’s Joy"); "Wendy and Irene" may be anybody.
                    if (target.kind == .organization) != (otherTarget.kind == .organization),
                        sameSentence(span, context.spans[other], context.source)
                    {
                        return true
                    }
                }
            }
        }
        return false
    }

    static let determiners: Set<String> = [
        "the", "a", "an", "every", "each", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their",
        "its", "some", "any", "no", "next", "last", "one",
    ]

    func followsDeterminer(_ span: Span, _ source: [Unicode.Scalar]) -> Bool {
        var end = span.start
        while end > 0, source[end - 1] == " " { end -= 1 }
        guard end < span.start else { return false }
        var start = end
        while start > 0, source[start - 1].properties.isAlphabetic { start -= 1 }
        return Self.determiners.contains(String(String.UnicodeScalarView(source[start..<end])).lowercased())
    }

    func isQuotedWhole(_ span: Span, _ source: [Unicode.Scalar]) -> Bool {
        guard span.start > 0, span.end < source.count else { return false }
        return MentionBoundaries.opensQuotation(source[span.start - 1]) && "\"\u{201D}\u{2019}".unicodeScalars.contains(source[span.end])
    }

    /// Whether the text names another entity, linked already: two names that vouch only for
    /// each other ("Forecasting Love and Weather" and "Mr. Sunshine" in a weather column) do not.
    func namesSomebodyElse(than target: MentionTarget, at index: Int, _ context: Context) -> Bool {
        context.decided.contains { $0.key != index && $0.value != target }
    }

    /// Whether two people share a group or agency (an organization both are related to).
    func sharesGroup(_ target: MentionTarget, _ other: MentionTarget, _ own: Set<MentionTarget>) -> Bool {
        guard target.kind == .person, other.kind == .person, let theirs = related[other] else { return false }
        return theirs.contains { $0.kind == .organization && own.contains($0) }
    }

    func sameSentence(_ a: Span, _ b: Span, _ source: [Unicode.Scalar]) -> Bool {
        let (from, to) = a.start < b.start ? (a.end, b.start) : (b.end, a.start)
        guard from < to else { return true }
        var index = from
        while index < to {
            let scalar = source[index]
            if scalar == "\n" || MentionBoundaries.endsSentence(scalar) { return false }
            if ".!?".unicodeScalars.contains(scalar) {
                // The end of a sentence, perhaps inside a quotation: ". W", ".” W".
                var next = index + 1
                while next < to, "\"'\u{201D}\u{2019})".unicodeScalars.contains(source[next]) { next += 1 }
                if next < to, source[next] == " " { return false }
            }
            index += 1
        }
        return true
    }

    func containsParagraphBreak(_ source: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        var previousWasBreak = false
        for scalar in source[from..<to] {
            if scalar == "\n" {
                if previousWasBreak { return true }
                previousWasBreak = true
            } else if scalar != " " && scalar != "\t" {
                previousWasBreak = false
            }
        }
        return false
    }

    /// A name written in its own distinctive capitals, exactly as the knowledge base spells it
    /// ("TWICE", "IVE", "iKON"): a capital inside a word, where ordinary writing has none, makes
    /// it the name and not the word. ("Red Velvet" has capitals only where words start.)
    func isStyled(_ span: Span, _ source: [Unicode.Scalar]) -> Bool {
        let text = String(String.UnicodeScalarView(source[span.start..<span.end]))
        guard exactNames.contains(text) else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar.properties.isUppercase && previous.properties.isAlphabetic { return true }
            previous = scalar
        }
        return false
    }

}
