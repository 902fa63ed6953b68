/// Finds the names in a text and decides what each one means, by these rules:
/// a name that fits one entity links to it; a given name alone ("So-hee") counts only for an
/// entity introduced earlier by its full name or supported by the article's subjects; when
/// several entities fit, the one supported by the subjects wins, else the one supported by the
/// names linked elsewhere in the article, else the mention is reported as ambiguous.
extension MentionIndex {
    public struct Analysis: Sendable {
        public var mentions: [Mention]
        public var ambiguous: [AmbiguousMention]
    }

    /// A name found at a place in the text, before it is resolved.
    struct Span {
        let start: Int
        let end: Int
        let pattern: Int
    }

    public func analyze(_ text: String, subjects: [MentionTarget] = []) -> Analysis {
        let folded = FoldedText(text)
        let boundaries = MentionBoundaries(folded: folded, exactNames: exactNames) { pattern in
            entries[pattern].allSatisfy { records[$0.record].target.kind == .title }
        }
        let spans = boundaries.select(candidates(in: folded, startingWords: boundaries))
        let subjectSupported = Set(subjects).union(subjects.flatMap { related[$0] ?? [] })

        // Left to right, the names that one entity fits (given names only once introduced or
        // supported by the subjects); then, with every such name known, the rest by co-mention.
        var decided: [Int: MentionTarget] = [:]
        // Where each entity is first linked, so a given name can ask whether it was introduced.
        var introduced: [MentionTarget: Int] = [:]
        func decide(_ index: Int, _ target: MentionTarget) {
            decided[index] = target
            if introduced[target].map({ index < $0 }) ?? true { introduced[target] = index }
        }
        var ambiguous: [Int: [MentionTarget]] = [:]
        for (index, span) in spans.enumerated() {
            let candidates = self.candidates(for: span, before: index, introduced: introduced, subjectSupported: subjectSupported)
            if let choice = choose(candidates, subjectSupported: subjectSupported, coMentioned: nil) { decide(index, choice) }
        }
        for _ in 0..<2 {
            let linked = Set(decided.values)
            let coMentioned = linked.union(linked.flatMap { related[$0] ?? [] })
            for (index, span) in spans.enumerated() where decided[index] == nil {
                let candidates = self.candidates(for: span, before: index, introduced: introduced, subjectSupported: subjectSupported)
                if candidates.isEmpty {
                    // A romanized given name nobody introduced ("Sun-woo") is a name we cannot
                    // place; a Hangul one is as likely an ordinary word (여정, "journey").
                    if !Hangul.containsSyllables(String(String.UnicodeScalarView(folded.source[span.start..<span.end]))) {
                        ambiguous[index] = entries[span.pattern].map { records[$0.record].target }
                    }
                    continue
                }
                if let choice = choose(candidates, subjectSupported: subjectSupported, coMentioned: coMentioned) {
                    decide(index, choice)
                    ambiguous[index] = nil
                } else {
                    ambiguous[index] = candidates
                }
            }
        }
        let offsets = TextOffsets(folded.source)
        var analysis = Analysis(mentions: [], ambiguous: [])
        for (index, span) in spans.enumerated() {
            let text = String(String.UnicodeScalarView(folded.source[span.start..<span.end]))
            let (start, end, utf8Start, utf8End) = offsets.range(span.start, span.end)
            if let target = decided[index] {
                analysis.mentions.append(
                    Mention(
                        target: target, text: text, start: start, end: end,
                        utf8Start: utf8Start, utf8End: utf8End))
            } else if let candidates = ambiguous[index] {
                analysis.ambiguous.append(
                    AmbiguousMention(
                        text: text, start: start, end: end, utf8Start: utf8Start,
                        utf8End: utf8End, candidates: candidates))
            }
        }
        return analysis
    }

    /// The entities a span may mean: every one whose full name it is, and those whose given
    /// name it is once they are introduced earlier in the text or supported by the subjects.
    private func candidates(
        for span: Span, before index: Int, introduced: [MentionTarget: Int],
        subjectSupported: Set<MentionTarget>
    ) -> [MentionTarget] {
        var candidates: [MentionTarget] = []
        for entry in entries[span.pattern] {
            let target = records[entry.record].target
            if entry.isGivenName && !subjectSupported.contains(target) && !(introduced[target].map { $0 < index } ?? false) { continue }
            if !candidates.contains(target) { candidates.append(target) }
        }
        return candidates
    }

    /// One candidate wins outright; among several, the one the subjects support; then the one
    /// the other linked names support (`coMentioned` is nil until those are all known).
    private func choose(
        _ candidates: [MentionTarget], subjectSupported: Set<MentionTarget>,
        coMentioned: Set<MentionTarget>?
    ) -> MentionTarget? {
        if candidates.count == 1 { return candidates[0] }
        let bySubject = candidates.filter { subjectSupported.contains($0) }
        if bySubject.count == 1 { return bySubject[0] }
        guard let coMentioned else { return nil }
        let pool = bySubject.isEmpty ? candidates : bySubject
        let byCoMention = pool.filter { coMentioned.contains($0) }
        return byCoMention.count == 1 ? byCoMention[0] : nil
    }

    /// Every occurrence of every name key that starts a word, as source ranges: the trie walked
    /// from each folded character that begins a source word.
    private func candidates(in folded: FoldedText, startingWords boundaries: MentionBoundaries) -> [Span] {
        var spans: [Span] = []
        let origins = folded.origins
        folded.scalars.withUnsafeBufferPointer { scalars in
            for first in 0..<scalars.count {
                // The first folded character of a source character, at the start of a word.
                if first > 0 && origins[first - 1] == origins[first] { continue }
                guard boundaries.startsWord(origins[first]) else { continue }
                automaton.matches(in: scalars, from: first) { pattern, end in
                    // A match must cover whole source characters.
                    if end + 1 < origins.count && origins[end + 1] == origins[end] { return }
                    spans.append(Span(start: origins[first], end: origins[end] + 1, pattern: pattern))
                }
            }
        }
        return spans
    }
}
