/// Finds the names in a text and decides what each one means, by these rules:
/// a name that fits one entity links to it; a given name alone ("So-hee") counts only for an
/// entity introduced earlier by its full name or supported by the article's subjects; a name
/// that is also an ordinary word or a common English given name ("Lisa", "Joy", "Twice") counts
/// only with evidence (see `hasEvidence`); when several entities fit, the one supported by the
/// subjects wins, else the one supported by the names linked elsewhere in the article, else the
/// mention is reported as ambiguous.
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
        let titleCase = TitleCaseLines(folded.source)
        let boundaries = MentionBoundaries(
            folded: folded, exactNames: exactNames, apostropheNames: apostropheNames, titleCase: titleCase
        ) { pattern in
            entries[pattern].allSatisfy { records[$0.record].target.kind == .title }
        }
        let matches = candidates(in: folded, startingWords: boundaries)
        let spans = boundaries.select(matches)
        let subjectSupported = Set(subjects).union(subjects.flatMap { related[$0] ?? [] })
        var context = Context(
            spans: spans, source: folded.source, subjectSupported: subjectSupported, titleCase: titleCase,
            usedAsWords: boundaries.usedAsWords(matches))

        // Left to right, the names that one entity fits (given names only once introduced or
        // supported by the subjects, ordinary words only with evidence); then, with every such
        // name known, the rest by co-mention and by the evidence the new links give.
        var ambiguous: [Int: [MentionTarget]] = [:]
        for index in spans.indices {
            let candidates = self.candidates(at: index, context)
            if let choice = choose(candidates, subjectSupported: subjectSupported, coMentioned: nil) { context.decide(index, choice) }
        }
        for _ in 0..<3 where context.decided.count < spans.count {
            let linked = Set(context.decided.values)
            let coMentioned = linked.union(linked.flatMap { related[$0] ?? [] })
            for (index, span) in spans.enumerated() where context.decided[index] == nil {
                let candidates = self.candidates(at: index, context)
                if candidates.isEmpty {
                    // A romanized given name nobody introduced ("Sun-woo") is a name we cannot
                    // place; a Hangul one is as likely an ordinary word (여정, "journey"), and a full
                    // name left out for want of evidence is just a word here.
                    if !Hangul.containsSyllables(String(String.UnicodeScalarView(folded.source[span.start..<span.end])))
                        && entries[span.pattern].allSatisfy(\.isGivenName)
                    {
                        ambiguous[index] = entries[span.pattern].map { records[$0.record].target }
                    }
                    continue
                }
                if let choice = choose(candidates, subjectSupported: subjectSupported, coMentioned: coMentioned) {
                    context.decide(index, choice)
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
            if let target = context.decided[index] {
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

    /// What the resolution knows about one text as it goes.
    struct Context {
        let spans: [Span]
        let source: [Unicode.Scalar]
        let subjectSupported: Set<MentionTarget>
        let titleCase: TitleCaseLines
        /// Names the text also uses as lowercase words ("snowdrops" beside "Snowdrop"): there they
        /// need evidence as ordinary words do.
        let usedAsWords: Set<Int>
        var decided: [Int: MentionTarget] = [:]
        /// Where each entity is first linked, so a given name can ask whether it was introduced.
        var introduced: [MentionTarget: Int] = [:]

        mutating func decide(_ index: Int, _ target: MentionTarget) {
            decided[index] = target
            if introduced[target].map({ index < $0 }) ?? true { introduced[target] = index }
        }

        func introducedBefore(_ target: MentionTarget, _ index: Int) -> Bool {
            introduced[target].map { $0 < index } ?? false
        }
    }

    /// The entities a span may mean: every one whose full name it is, those whose given name it
    /// is once they are introduced earlier in the text or supported by the subjects, and those
    /// whose name is an ordinary word once the text gives evidence for them.
    private func candidates(at index: Int, _ context: Context) -> [MentionTarget] {
        let span = context.spans[index]
        // What the span's place says, the same for every entity answering to it. A headline's
        // capitals say nothing, and a teaser may quote any title ("Snowdrop, Primrose and
        // Daisy"): a name there needs evidence, or a text that names somebody else known.
        let usedAsWord = context.usedAsWords.contains(span.pattern)
        let inHeadline = context.titleCase.contains(span.start)
        let mayBeWord = usedAsWord || inHeadline || entries[span.pattern].contains(where: \.needsEvidence)
        let styled = mayBeWord && isStyled(span, context.source)
        // "The Joy of…", "every Monday": after a determiner an ordinary word is the word,
        // whoever the article is about.
        let afterDeterminer = mayBeWord && !styled && followsDeterminer(span, context.source)
        // A phrase of words ("Love Alarm", "Studio Dragon") is capitalised only as a name: it asks
        // less than a single word does, a text that names somebody else known; unless it stands
        // alone in quotation marks, as a song's title does (“After School”).
        let phrase = mayBeWord && context.source[span.start..<span.end].contains(" ") && !isQuotedWhole(span, context.source)
        var candidates: [MentionTarget] = []
        for entry in entries[span.pattern] {
            let target = records[entry.record].target
            if candidates.contains(target) { continue }
            let supported = context.subjectSupported.contains(target) || context.introducedBefore(target, index)
            if entry.isGivenName && !supported { continue }
            let ordinary = entry.needsEvidence || usedAsWord
            if ordinary && afterDeterminer { continue }
            if (ordinary || inHeadline) && !supported && !styled && !hasEvidence(target, at: index, context)
                && ((ordinary && !phrase) || !namesSomebodyElse(than: target, at: index, context))
            {
                continue
            }
            candidates.append(target)
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
        // A fellow member counts too: 제니 beside a linked 리사 is BLACKPINK's, through the group
        // Lisa's link brings in.
        let byCoMention = pool.filter { candidate in
            coMentioned.contains(candidate)
                || (candidate.kind == .person
                    && (related[candidate] ?? []).contains { $0.kind == .organization && coMentioned.contains($0) })
        }
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
