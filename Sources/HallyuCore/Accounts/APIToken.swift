import Foundation

/// A personal API token as its owner sees it in the list: never the secret itself, which is
/// shown once, when it is made.
public struct APIToken: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?

    public init(id: String, name: String, createdAt: Date, lastUsedAt: Date?) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
    }
}
