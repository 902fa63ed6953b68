import Foundation

/// One line of the audit log: who did what to which item, and when.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var at: Date
    /// Empty for what the system did by itself, such as publishing a scheduled article.
    public var userName: String
    /// A short verb phrase: "signed in", "created token", "published".
    public var action: String
    /// What it was done to: "article", "user", "token", "session".
    public var itemKind: String
    public var itemID: String
    /// The item as people know it: a title, a name.
    public var summary: String

    public init(at: Date, userName: String, action: String, itemKind: String, itemID: String, summary: String) {
        self.at = at
        self.userName = userName
        self.action = action
        self.itemKind = itemKind
        self.itemID = itemID
        self.summary = summary
    }
}
