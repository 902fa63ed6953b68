import Foundation

/// How related two articles are, for "You might like": the entities they share, each weighted
/// by how rare it is (a drama everyone writes about says less than a couple few do) and by
/// whether each article is about it or only names it; the tags they share, weighted the same
/// way; the words their titles share; all of it lessened as the two lie further apart in time.
public enum RelatedScoring {
    /// What the score looks at in one article.
    public struct Features: Sendable, Equatable {
        public var subjects: Set<String>
        public var mentions: Set<String>
        public var tags: Set<String>
        public var titleWords: Set<String>
        public var publishedAt: Date

        public init(subjects: Set<String>, mentions: Set<String>, tags: Set<String>, title: String, publishedAt: Date) {
            self.subjects = subjects
            self.mentions = mentions.subtracting(subjects)
            self.tags = tags
            titleWords = RelatedScoring.titleWords(title)
            self.publishedAt = publishedAt
        }
    }

    /// Entity and tag keys with the number of articles that carry them, and how many articles
    /// there are: the rarity of each shared thing.
    public struct Rarity: Sendable {
        public let frequencies: [String: Int]
        public let total: Int

        public init(frequencies: [String: Int], total: Int) {
            self.frequencies = frequencies
            self.total = max(total, 1)
        }

        /// Inverse document frequency: 0 for something in every article, growing as it gets rarer.
        public func weight(_ key: String) -> Double {
            let count = Double(max(frequencies[key] ?? 1, 1))
            return log(Double(total + 1) / count)
        }
    }

    /// Subject with subject counts most; a subject of one named in the other, less; two names
    /// in passing, least.
    static let bothSubjects = 3.0, subjectAndMention = 1.5, bothMentions = 0.5, sharedTag = 1.0, titleOverlap = 2.0
    /// After this many days apart, a relation counts half (the rest of the score halves again
    /// every as many days more, down to a floor of a quarter).
    static let halfLifeDays = 365.0

    public static func score(_ a: Features, _ b: Features, rarity: Rarity) -> Double {
        var score = 0.0
        for key in a.subjects.union(a.mentions).intersection(b.subjects.union(b.mentions)) {
            let factor =
                a.subjects.contains(key) && b.subjects.contains(key)
                ? bothSubjects
                : (a.subjects.contains(key) || b.subjects.contains(key)) ? subjectAndMention : bothMentions
            score += factor * rarity.weight(key)
        }
        for tag in a.tags.intersection(b.tags) { score += sharedTag * rarity.weight(tag) }
        let union = a.titleWords.union(b.titleWords)
        if !union.isEmpty { score += titleOverlap * Double(a.titleWords.intersection(b.titleWords).count) / Double(union.count) }
        let days = abs(a.publishedAt.timeIntervalSince(b.publishedAt)) / 86_400
        return score * max(0.25, pow(0.5, days / halfLifeDays))
    }

    /// Words of a title that carry meaning: folded, three letters or more, not the commonest
    /// English words.
    static func titleWords(_ title: String) -> Set<String> {
        Set(
            SearchTokens.words(in: title).map { $0.folded.split(separator: "-").joined() }
                .filter { $0.count >= 3 && !stopWords.contains($0) })
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "how", "why", "what", "who", "her", "his", "their", "its", "was", "are",
        "into", "about", "after", "before", "this", "that", "new", "one", "out", "all", "more", "over",
    ]

    /// The best `limit` of `candidates` for `source`, best first; ties go to the newer article.
    public static func top<ID: Hashable>(
        _ limit: Int, for source: Features, among candidates: [(id: ID, features: Features)],
        rarity: Rarity
    ) -> [(id: ID, score: Double)] {
        candidates.map { (id: $0.id, score: score(source, $0.features, rarity: rarity), date: $0.features.publishedAt) }
            .filter { $0.score > 0 }
            .sorted { ($0.score, $0.date) > ($1.score, $1.date) }
            .prefix(limit).map { (id: $0.id, score: $0.score) }
    }
}
