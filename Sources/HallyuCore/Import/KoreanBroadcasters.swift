/// The broadcasters and streaming services Korean dramas air on, under the many names Korean
/// Wikipedia gives them ("문화방송", "MBC TV", "MBC TV(지상파)" are all MBC). Matching is on
/// `NameKey`, after the importer has dropped parenthesised notes.
public enum KoreanBroadcasters {
    public struct Broadcaster: Sendable, Hashable {
        public let name: String
        public let nativeName: String?
        public let kind: OrganizationKind
        /// Other names it is written under, the native name included when there is one.
        public let aliases: [String]
    }

    public static let all: [Broadcaster] = [
        Broadcaster(name: "KBS", nativeName: "한국방송공사", kind: .network, aliases: ["Korean Broadcasting System"]),
        Broadcaster(name: "KBS1", nativeName: nil, kind: .network, aliases: ["KBS 1TV", "KBS 제1TV", "KBS1TV"]),
        Broadcaster(
            name: "KBS2", nativeName: nil, kind: .network,
            aliases: ["KBS 2TV", "KBS 제2TV", "KBS2TV", "한국방송공사 KBS 2TV", "한국방송공사 KBS 제2TV"]),
        Broadcaster(name: "MBC", nativeName: "문화방송", kind: .network, aliases: ["MBC TV", "Munhwa Broadcasting Corporation"]),
        Broadcaster(name: "SBS", nativeName: nil, kind: .network, aliases: ["SBS TV", "서울방송", "Seoul Broadcasting System"]),
        Broadcaster(name: "EBS", nativeName: "한국교육방송공사", kind: .network, aliases: []),
        Broadcaster(name: "TBC", nativeName: "동양방송", kind: .network, aliases: ["Tongyang Broadcasting Company"]),
        Broadcaster(name: "KNN", nativeName: "부산방송", kind: .network, aliases: []),
        Broadcaster(name: "tvN", nativeName: nil, kind: .network, aliases: []),
        Broadcaster(name: "XtvN", nativeName: nil, kind: .network, aliases: []),
        Broadcaster(name: "JTBC", nativeName: nil, kind: .network, aliases: []),
        Broadcaster(name: "OCN", nativeName: nil, kind: .network, aliases: ["오리온 시네마 네트워크", "Orion Cinema Network"]),
        Broadcaster(name: "MBN", nativeName: "매일방송", kind: .network, aliases: []),
        Broadcaster(name: "Channel A", nativeName: "채널A", kind: .network, aliases: []),
        Broadcaster(name: "TV Chosun", nativeName: "TV조선", kind: .network, aliases: []),
        Broadcaster(name: "Dramax", nativeName: "드라맥스", kind: .network, aliases: []),
        Broadcaster(name: "KBS Drama", nativeName: "KBS 드라마", kind: .network, aliases: []),
        Broadcaster(name: "KBS Joy", nativeName: "KBS 조이", kind: .network, aliases: []),
        Broadcaster(name: "KBS W", nativeName: nil, kind: .network, aliases: []),
        Broadcaster(name: "MBC every1", nativeName: "MBC 에브리원", kind: .network, aliases: []),
        Broadcaster(name: "Olive", nativeName: "올리브", kind: .network, aliases: []),
        Broadcaster(name: "Super Action", nativeName: "슈퍼 액션", kind: .network, aliases: []),
        Broadcaster(name: "Mega Plus", nativeName: "메가플러스", kind: .network, aliases: []),
        Broadcaster(name: "Lifetime", nativeName: "라이프타임", kind: .network, aliases: []),
        Broadcaster(name: "Fox Channel", nativeName: "폭스 채널", kind: .network, aliases: []),
        Broadcaster(name: "CCTV", nativeName: "중국중앙텔레비전", kind: .network, aliases: []),
        Broadcaster(name: "Fuji TV", nativeName: "후지 TV", kind: .network, aliases: []),
        Broadcaster(name: "Netflix", nativeName: "넷플릭스", kind: .streamer, aliases: []),
        Broadcaster(name: "Naver TV", nativeName: "네이버 TV", kind: .streamer, aliases: []),
        Broadcaster(name: "Sohu TV", nativeName: "소후티비", kind: .streamer, aliases: []),
        Broadcaster(name: "B tv", nativeName: nil, kind: .streamer, aliases: ["SK브로드밴드", "SK Broadband"]),
    ]

    private static let byKey: [String: Broadcaster] = {
        var table: [String: Broadcaster] = [:]
        for broadcaster in all {
            for name in [broadcaster.name] + [broadcaster.nativeName].compactMap({ $0 }) + broadcaster.aliases {
                table[NameKey.make(name)] = broadcaster
            }
        }
        return table
    }()

    /// The broadcaster a cleaned channel name stands for, if it is one we know. Notes the wiki
    /// appends ("뉴스 인용", "TV뉴스 인용") do not change which channel it is.
    public static func named(_ text: String) -> Broadcaster? {
        if let found = byKey[NameKey.make(text)] { return found }
        for suffix in ["뉴스 인용", "뉴스인용"] where text.hasSuffix(suffix) {
            return named(String(text.dropLast(suffix.count)))
        }
        return nil
    }

    /// The broadcaster the longest run of leading words names: "SBS 1994 - 2000.png" (an image
    /// file left in the cell) is SBS.
    public static func named(leadingWordsOf text: String) -> Broadcaster? {
        let words = text.split(separator: " ")
        for count in stride(from: words.count - 1, through: 1, by: -1) {
            if let found = named(words.prefix(count).joined(separator: " ")) { return found }
        }
        return nil
    }
}
