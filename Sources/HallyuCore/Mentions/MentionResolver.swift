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

    /// How far evidence for an ordinary-word name may sit from it, in characters, when it is not
    /// in the same paragraph: about a hundred words.
    static let evidenceReach = 600

    /// The entities a span may mean: every one whose full name it is, those whose given name it
    /// is once they are introduced earlier in the text or supported by the subjects, and those
    /// whose name is an ordinary word once the text gives evidence for them.
    private func candidates(at index: Int, _ context: Context) -> [MentionTarget] {
        let span = context.spans[index]
        var candidates: [MentionTarget] = []
        for entry in entries[span.pattern] {
            let target = records[entry.record].target
            if candidates.contains(target) { continue }
            let supported = context.subjectSupported.contains(target) || context.introducedBefore(target, index)
            if entry.isGivenName && !supported { continue }
            let ordinary = entry.needsEvidence || context.usedAsWords.contains(span.pattern)
            // A headline's capitals say nothing, and a teaser may quote any title ("Snowdrop,
            // Primrose and Daisy"): a name there needs evidence, or a text that names somebody
            // else known.
            let inHeadline = context.titleCase.contains(span.start)
            // "The Joy of…", "every Monday": after a determiner an ordinary word is the word,
            // whoever the article is about.
            if ordinary && !isStyled(span, context.source) && followsDeterminer(span, context.source) { continue }
            if (ordinary || inHeadline) && !supported && !isStyled(span, context.source) {
                // A phrase of words ("Love Alarm", "Studio Dragon") is capitalised only as a name:
                // it asks less than a single word does, a text that names somebody else known;
                // unless it stands alone in quotation marks, as a song's title does (“After School”).
                let phrase = context.source[span.start..<span.end].contains(" ") && !isQuotedWhole(span, context.source)
                let evidence = hasEvidence(target, at: index, context)
                if !evidence && ((ordinary && !phrase) || !namesSomebodyElse(than: target, at: index, context)) { continue }
            }
            candidates.append(target)
        }
        return candidates
    }

    /// Evidence that an ordinary-word name means `target`: an entity related to it (her group, a
    /// fellow member, a drama she is in, the drama's network) or the entity itself linked nearby,
    /// in the same paragraph or within `evidenceReach`; "BLACKPINK’s Lisa" is the nearest case.
    /// A capital letter is none: every sentence and every quotation starts with one.
    private func hasEvidence(_ target: MentionTarget, at index: Int, _ context: Context) -> Bool {
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

    private func followsDeterminer(_ span: Span, _ source: [Unicode.Scalar]) -> Bool {
        var end = span.start
        while end > 0, source[end - 1] == " " { end -= 1 }
        guard end < span.start else { return false }
        var start = end
        while start > 0, source[start - 1].properties.isAlphabetic { start -= 1 }
        return Self.determiners.contains(String(String.UnicodeScalarView(source[start..<end])).lowercased())
    }

    private func isQuotedWhole(_ span: Span, _ source: [Unicode.Scalar]) -> Bool {
        guard span.start > 0, span.end < source.count else { return false }
        return MentionBoundaries.opensQuotation(source[span.start - 1]) && "\"\u{201D}\u{2019}".unicodeScalars.contains(source[span.end])
    }

    /// Whether the text names another entity, linked already: two names that vouch only for
    /// each other ("Forecasting Love and Weather" and "Mr. Sunshine" in a weather column) do not.
    private func namesSomebodyElse(than target: MentionTarget, at index: Int, _ context: Context) -> Bool {
        context.decided.contains { $0.key != index && $0.value != target }
    }

    /// Whether two people share a group or agency (an organization both are related to).
    private func sharesGroup(_ target: MentionTarget, _ other: MentionTarget, _ own: Set<MentionTarget>) -> Bool {
        guard target.kind == .person, other.kind == .person, let theirs = related[other] else { return false }
        return theirs.contains { $0.kind == .organization && own.contains($0) }
    }

    private func sameSentence(_ a: Span, _ b: Span, _ source: [Unicode.Scalar]) -> Bool {
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

    private func containsParagraphBreak(_ source: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
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
    private func isStyled(_ span: Span, _ source: [Unicode.Scalar]) -> Bool {
        let text = String(String.UnicodeScalarView(source[span.start..<span.end]))
        guard exactNames.contains(text) else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar.properties.isUppercase && previous.properties.isAlphabetic { return true }
            previous = scalar
        }
        return false
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
