import Foundation

/// Korean Wikipedia's list of dramas, as parsed from its infoboxes into CSV (columns 제목, 방송
/// 기간, 방송 횟수, 장르, 채널, 제작사, 극본, 출연자, 방송 시작). The file is noisy, so every
/// field is cleaned here: spaces trimmed, wiki disambiguators taken off names ("이상윤 (배우)"),
/// a trailing "외" ("and others") dropped, channels read as the broadcasters they stand for,
/// names the wiki ran together split by the names the rest of the list uses.
public struct KowikiDramaFile: Sendable {
    public var dramas: [KowikiDrama]
    /// Rows that could not be read as a drama, by line, with the reason.
    public var rejected: [(row: Int, reason: String)]

    public struct FormatError: Error, CustomStringConvertible {
        public let description: String
    }

    public init(csv text: String) throws {
        let (header, rows) = CSVRecords.parseWithHeader(text)
        guard header.contains("제목"), header.contains("출연자") else {
            throw FormatError(description: "the header has no 제목 and 출연자 columns; this is not the Korean Wikipedia drama list")
        }
        let entries = rows.map { KowikiText.castEntries($0["출연자"] ?? "") }
        let segmenter = CastSegmenter(knownNames: entries.joined().compactMap(KowikiText.castName).map(\.name))
        dramas = []
        rejected = []
        var firstWithFacts: [[String: String]: Int] = [:]
        for (index, row) in rows.enumerated() {
            var facts = row
            facts["제목"] = nil
            // A row repeating the one before under another title is the wiki's copy error; one
            // repeating an earlier row names the same drama another way.
            if index > 0, case var previous = rows[index - 1], previous.removeValue(forKey: "제목") != nil, previous == facts {
                rejected.append((index + 2, "repeats the row before it under another title"))
                continue
            }
            guard case let .success(drama) = KowikiDrama.parse(row, cast: segmenter.names(in: entries[index])) else {
                rejected.append((index + 2, "no title"))
                continue
            }
            if let earlier = firstWithFacts[facts] {
                if !dramas[earlier].aliases.contains(drama.title) { dramas[earlier].aliases.append(drama.title) }
                continue
            }
            firstWithFacts[facts] = dramas.count
            dramas.append(drama)
        }
    }
}
