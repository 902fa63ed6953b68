import Foundation

/// One drama of Korean Wikipedia's list, cleaned.
public struct KowikiDrama: Sendable, Hashable {
    /// As the list writes it, usually with its spaces removed ("사랑의불시착").
    public var title: String
    /// Other titles the list gives the same drama under.
    public var aliases: [String] = []
    public var firstAired: CalendarDate?
    public var lastAired: CalendarDate?
    /// The first year it aired, even when the day is not known.
    public var year: Int?
    public var episodes: Int?
    public var genres: [String]
    public var broadcasters: [KoreanBroadcasters.Broadcaster]
    /// Channel names that are no broadcaster we know, kept for the import's summary.
    public var unknownChannels: [String]
    public var cast: [CastName]
    /// Cast entries that are no name we can use, kept for the import's summary.
    public var unreadCast: [String]

    /// A person as the cast list names them: a Hangul name, and the birth year when the wiki
    /// needed one to tell namesakes apart ("이준혁 (1984년)").
    public struct CastName: Sendable, Hashable {
        public var name: String
        public var birthYear: Int?

        /// Who this is across the whole list: the name, with the birth year when there is one.
        public var key: String { birthYear.map { "\(name)|\($0)" } ?? name }
    }

    struct Problem: Error {
        let reason: String
    }

    /// What identifies the drama across runs: its title without spaces, and its first air
    /// date (or year).
    public var key: String {
        NameKey.make(title) + "|" + (firstAired?.description ?? year.map(String.init) ?? "")
    }

    static func parse(_ row: [String: String], cast: (names: [CastName], unread: [String])) -> Result<KowikiDrama, Problem> {
        let title = KowikiText.clean(row["제목"] ?? "")
        guard !title.isEmpty else { return .failure(Problem(reason: "no title")) }
        let period = row["방송 기간"] ?? ""
        let days = KowikiText.days(in: period)
        let start = days.first ?? KowikiText.isoDay(row["방송 시작"] ?? "")
        let channels = KowikiText.list(row["채널"] ?? "").map(KowikiText.withoutNotes)
        var broadcasters: [KoreanBroadcasters.Broadcaster] = []
        var unknown: [String] = []
        for channel in channels {
            if let found = KoreanBroadcasters.named(channel) ?? KoreanBroadcasters.named(leadingWordsOf: channel) {
                if !broadcasters.contains(found) { broadcasters.append(found) }
            } else {
                unknown.append(channel)
            }
        }
        return .success(
            KowikiDrama(
                title: title, firstAired: start, lastAired: days.count > 1 ? days.max() : nil,
                year: start?.year ?? KowikiText.firstYear(in: period), episodes: KowikiText.episodeCount(row["방송 횟수"] ?? ""),
                genres: KowikiText.list(row["장르"] ?? "").filter { !KowikiText.genericGenres.contains($0) },
                broadcasters: broadcasters, unknownChannels: unknown, cast: cast.names, unreadCast: cast.unread))
    }
}

/// Splits the cast entries into people. Most entries are one name; some hold several the wiki
/// ran together ("김주혁김규리"), which are cut where names the rest of the list uses fit, or
/// else into three-syllable names, the usual Korean length.
struct CastSegmenter: Sendable {
    let knownNames: Set<String>

    init(knownNames: [String]) {
        self.knownNames = Set(knownNames.filter { $0.count >= 2 && $0.count <= 4 && !$0.contains(" ") })
    }

    func names(in entries: [String]) -> (names: [KowikiDrama.CastName], unread: [String]) {
        var names: [KowikiDrama.CastName] = []
        var unread: [String] = []
        func add(_ name: String, _ year: Int?) {
            let person = KowikiDrama.CastName(name: name, birthYear: year)
            if !names.contains(person) { names.append(person) }
        }
        for entry in entries {
            guard let (name, year) = KowikiText.castName(entry) else {
                unread.append(entry)
                continue
            }
            let words = name.split(separator: " ")
            if words.count == 1 {
                switch name.count {
                case 2...4: add(name, year)
                case 5...:
                    guard let pieces = segment(Array(name)) else {
                        unread.append(entry)
                        continue
                    }
                    // A note after the run belongs to its last name.
                    for (position, piece) in pieces.enumerated() { add(piece, position == pieces.count - 1 ? year : nil) }
                default: unread.append(entry)
                }
            } else if words.allSatisfy({ $0.count == 3 }) || (words.count >= 3 && words.allSatisfy({ (2...4).contains($0.count) })) {
                // Names separated by spaces only.
                for word in words { add(String(word), nil) }
            } else {
                // A foreign name written in Hangul ("다니엘 헤니").
                add(name, year)
            }
        }
        return (names, unread)
    }

    /// The cut into the fewest unknown names, then the fewest names; nil when no cut exists.
    func segment(_ syllables: [Character]) -> [String]? {
        let count = syllables.count
        // best[i]: the cheapest cut of the first i syllables, as (unknown pieces, pieces, previous cut).
        var best: [(unknown: Int, pieces: Int, from: Int)?] = Array(repeating: nil, count: count + 1)
        best[0] = (0, 0, 0)
        for end in 1...count {
            for length in 2...4 where length <= end {
                guard let before = best[end - length] else { continue }
                let piece = String(syllables[(end - length)..<end])
                let known = knownNames.contains(piece)
                guard known || (length == 3 && count >= 6) else { continue }
                let cost = (unknown: before.unknown + (known ? 0 : 1), pieces: before.pieces + 1, from: end - length)
                if let current = best[end], (current.unknown, current.pieces) <= (cost.unknown, cost.pieces) { continue }
                best[end] = cost
            }
        }
        guard best[count] != nil else { return nil }
        var pieces: [String] = []
        var end = count
        while end > 0, let step = best[end] {
            pieces.insert(String(syllables[step.from..<end]), at: 0)
            end = step.from
        }
        return pieces
    }
}
