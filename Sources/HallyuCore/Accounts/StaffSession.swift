import Foundation

/// A browser signed in to the newsroom, as its account's sessions list shows it.
public struct StaffSession: Sendable, Hashable {
    public var id: String
    /// What the browser said it was when it signed in ("Firefox on Windows").
    public var device: String
    public var createdAt: Date
    public var lastSeenAt: Date
    /// The browser looking at the list.
    public var isCurrent: Bool

    public init(id: String, device: String, createdAt: Date, lastSeenAt: Date, isCurrent: Bool) {
        self.id = id
        self.device = device
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.isCurrent = isCurrent
    }
}

/// How long a newsroom sign-in lasts.
public enum SessionLifetime {
    /// From sign-in, however busy: a stolen cookie does not work for ever.
    public static let absolute: TimeInterval = 14 * 86_400
    /// Since the browser was last seen: a laptop left signed in stops working by itself.
    public static let idle: TimeInterval = 3 * 86_400
    /// Between a right password and its one-time code.
    public static let awaitingCode: TimeInterval = 10 * 60
    /// "Last seen" is written at most this often per session, not on every page.
    public static let seenResolution: TimeInterval = 60
}
