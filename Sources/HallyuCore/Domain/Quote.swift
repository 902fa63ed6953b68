import Foundation

/// Whether a quote gives the speaker's exact words or the newsroom's summary of them.
public enum QuoteKind: String, Codable, Sendable, CaseIterable {
    case verbatim, paraphrased
}

/// Something a person said, kept as data so person and couple pages can show it with its source.
public struct Quote: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
    public var kind: QuoteKind
    public var speaker: EntityRef
    /// Whom or what it is about: people, titles.
    public var about: [EntityRef]
    public var sourceArticle: EntityRef?
    public var sourceURL: String?
    public var date: CalendarDate?
    /// Where it was said: "a press conference for Nevertheless".
    public var context: String

    public init(
        id: String, text: String, kind: QuoteKind, speaker: EntityRef, about: [EntityRef] = [],
        sourceArticle: EntityRef? = nil, sourceURL: String? = nil, date: CalendarDate? = nil, context: String = ""
    ) {
        self.id = id
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.about = about
        self.sourceArticle = sourceArticle
        self.sourceURL = sourceURL
        self.date = date
        self.context = context
    }
}
