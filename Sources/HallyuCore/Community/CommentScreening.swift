/// What happens to a new comment, and why.
public struct CommentVerdict: Sendable, Equatable {
    /// Where the comment starts out.
    public var status: CommentStatus
    /// Shown to moderators next to a held or set-aside comment; nil when it went straight up.
    public var reason: String?

    /// A verdict as given.
    public init(status: CommentStatus, reason: String? = nil) {
        self.status = status
        self.reason = reason
    }
}

/// The checks every new comment passes before anyone sees it.
public enum CommentScreening {
    /// More links than this and a comment waits for a moderator: link spam needs many links,
    /// a reader pointing at a source rarely does.
    public static let linkLimit = 2

    /// The first rule that applies, in this order: the hidden field was filled (only bots see
    /// it) or the blocklist matched, and the comment is spam; too many links, or no approved
    /// comment from this commenter before, and it is held; otherwise it is approved.
    public static func verdict(honeypotFilled: Bool, blocklistMatch: String?, linkCount: Int, isKnownCommenter: Bool) -> CommentVerdict {
        if honeypotFilled { return CommentVerdict(status: .spam, reason: "filled in the hidden field") }
        if let blocklistMatch { return CommentVerdict(status: .spam, reason: "blocklist: \(blocklistMatch)") }
        if linkCount > linkLimit { return CommentVerdict(status: .held, reason: "more than \(linkLimit) links") }
        if !isKnownCommenter { return CommentVerdict(status: .held, reason: "first comment") }
        return CommentVerdict(status: .approved, reason: nil)
    }
}
