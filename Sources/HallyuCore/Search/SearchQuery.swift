/// What a reader typed into search, read as words to find, never as query syntax: quotes,
/// `*`, `NEAR`, `-` and the like are text. Written out for SQLite's FTS5 and PostgreSQL's
/// tsquery from the same terms, so both databases answer alike.
public struct SearchQuery: Sendable, Equatable {
    /// The longest query read; the rest of a longer one is ignored.
    public static let maxLength = 200
    /// At most this many words count.
    public static let maxTerms = 12

    /// One word of the query: its tokens must appear in this order, next to each other (a
    /// Hangul word's syllable pairs), or, for `prefix`, a token must start with it (one syllable).
    public struct Term: Sendable, Equatable {
        public let tokens: [String]
        public let prefix: Bool
        /// The word as folded, for highlighting.
        public let word: String
        public let isHangul: Bool
    }

    public let text: String
    public let terms: [Term]
    /// Other ways of writing what the query names, any of which may match instead: the names
    /// of the entity a query such as 송강 or ㅎㅅㅎ stands for, so articles written in English
    /// are found too.
    public private(set) var alternatives: [[Term]] = []

    public init(_ raw: String) {
        text = String(raw.trimmingWhitespace().prefix(Self.maxLength))
        terms = Self.terms(of: text)
    }

    /// The query, also matching any of `names`.
    public func including(names: [String]) -> SearchQuery {
        var query = self
        for name in names {
            let terms = Self.terms(of: name)
            if !terms.isEmpty && terms != self.terms && !query.alternatives.contains(terms) { query.alternatives.append(terms) }
        }
        return query
    }

    /// Every set of terms that may match: the query's own, then the alternatives.
    public var termSets: [[Term]] { (terms.isEmpty ? [] : [terms]) + alternatives }

    private static func terms(of text: String) -> [Term] {
        var terms: [Term] = []
        for word in SearchTokens.words(in: text) {
            if word.isHangul {
                let pairs = SearchTokens.hangulPairs(word.folded)
                terms.append(Term(tokens: pairs, prefix: word.folded.count == 1, word: word.folded, isHangul: true))
            } else {
                // A hyphenated word is looked for joined, the form the index holds for it.
                let joined = word.folded.split(separator: "-").joined()
                guard !joined.isEmpty else { continue }
                terms.append(Term(tokens: [joined], prefix: false, word: joined, isHangul: false))
            }
            if terms.count == Self.maxTerms { break }
        }
        var seen = Set<[String]>()
        return terms.filter { seen.insert($0.tokens).inserted }
    }

    /// Nothing to look for: empty, blank or punctuation only, and no alternative.
    public var isEmpty: Bool { termSets.isEmpty }

    /// FTS5: every term of one set required; tokens in double quotes are plain strings whatever
    /// they hold.
    public var fts5: String {
        let sets = termSets.map { terms in
            terms.map { term in
                let phrase = "\"" + term.tokens.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
                return term.prefix ? phrase + "*" : phrase
            }.joined(separator: " AND ")
        }
        return sets.count == 1 ? sets[0] : sets.map { "(\($0))" }.joined(separator: " OR ")
    }

    /// FTS5, in one column only: `title : (…)`.
    public func fts5(column: String) -> String {
        "\(column) : (\(fts5))"
    }

    /// PostgreSQL tsquery: every term required; a Hangul word's pairs must follow each other.
    /// With `weight` ("A"), only lexemes of that weight (the title's) count.
    public func tsquery(weight: String = "") -> String {
        let sets = termSets.map { terms in tsquery(terms, weight: weight) }
        return sets.count == 1 ? sets[0] : sets.map { "(\($0))" }.joined(separator: " | ")
    }

    private func tsquery(_ terms: [Term], weight: String) -> String {
        terms.map { term in
            let label = term.prefix || !weight.isEmpty ? ":" + (term.prefix ? "*" : "") + weight : ""
            let lexemes = term.tokens.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" + label }
            return lexemes.count == 1 ? lexemes[0] : "(" + lexemes.joined(separator: " <-> ") + ")"
        }.joined(separator: " & ")
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
