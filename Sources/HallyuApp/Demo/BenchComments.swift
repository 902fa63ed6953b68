import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Readers' comments for the benchmark newsroom, spread over its published articles: about a
/// third answer an earlier comment on the same article, and the moderation states come in the
/// proportions of a real site (most approved, some held, a little spam and trash). The same
/// comments every time for the same seed; run again with a larger total to add the rest.
struct BenchComments {
    let seed: UInt64
    static let batch = 1_000

    /// Adds comments until the bench articles hold `total`; returns how many were added.
    func fill(_ database: any Database, total: Int, progress: @Sendable (Int, Int) -> Void) async throws -> Int {
        guard let sql = database as? any SQLDatabase else { return 0 }
        let articles = try await sql.raw(
            "SELECT id FROM articles WHERE slug LIKE 'bench-%' AND status = 'published' ORDER BY slug"
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        guard !articles.isEmpty else { return 0 }
        let existing =
            try await sql.raw("SELECT COUNT(*) AS n FROM comments WHERE commenter_key LIKE 'bench-%'").first()?.decode(
                column: "n", as: Int.self) ?? 0
        var added = 0
        var previous: [UUID: UUID] = [:]
        for start in stride(from: existing, to: max(existing, total), by: Self.batch) {
            let range = start..<min(total, start + Self.batch)
            var rows: [[any SQLExpression]] = []
            for index in range {
                var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
                let article = articles[index % articles.count]
                let id = UUID()
                let parent = random.next() % 3 == 0 ? previous[article] : nil
                previous[article] = id
                let roll = random.next() % 100
                let status = roll < 90 ? "approved" : roll < 95 ? "held" : roll < 98 ? "spam" : "trash"
                let name = Self.names[Int(random.next() % UInt64(Self.names.count))]
                let body = (0..<(1 + Int(random.next() % 3))).map { _ in Self.sentences[Int(random.next() % UInt64(Self.sentences.count))] }
                    .joined(separator: " ")
                rows.append([
                    SQLBind(id), SQLBind(article), parent.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null, SQLBind(name),
                    SQLBind("\(Slug.make(from: name))\(index)@example.com"), SQLBind(body), SQLBind(status), SQLLiteral.null,
                    SQLBind("bench-\(index % 997)"), SQLBind(""),
                    SQLBind(Date(timeIntervalSince1970: 1_500_000_000 + Double(index) * 600)),
                ])
            }
            var insert = sql.insert(into: "comments").columns(
                "id", "article_id", "parent_id", "name", "email", "body", "status", "reason", "commenter_key", "address_hash", "created_at")
            for row in rows { insert = insert.values(row) }
            try await insert.run()
            added += range.count
            progress(range.upperBound, total)
        }
        return added
    }

    private static let names = ["Hana", "Min-seo", "Jordan", "Ana", "Tomás", "Yuki", "Priya", "Sam", "Ji-woo", "Leila", "Chris", "Mei"]
    private static let sentences = [
        "The finale made me cry again.", "I did not expect that twist in episode twelve.",
        "Her acting in the hospital scene deserves every award.", "Can we talk about the soundtrack?",
        "Watched it twice this weekend.", "The second lead deserved better.", "This is why I keep coming back to this site.",
        "Great write-up, thank you!", "I disagree about the pacing, the middle was slow.", "Season two when?",
        "My whole family watched it together.", "The chemistry between the leads was unreal.",
    ]
}
