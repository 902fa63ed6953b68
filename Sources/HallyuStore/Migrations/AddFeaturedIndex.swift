import Fluent

/// The front page's lead: the newest featured story. Without an index the query walked every
/// published article (reading each row past its body for the flag) to find that none was
/// featured: a quarter of a second on every build of the home page at 100,000 articles.
struct AddFeaturedIndex: AddsIndexes {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("articles_featured", ArticleModel.schema, ["featured", "status", "published_at", "slug"])
    ]
}
