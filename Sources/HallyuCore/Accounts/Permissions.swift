/// What someone in the newsroom may set out to do.
public enum NewsroomAction: String, Sendable, CaseIterable {
    /// Write drafts and edit one's own until they are published.
    case writeDrafts
    /// Edit any article, whoever wrote it and whatever its state.
    case editAnyArticle
    /// Publish, schedule and unpublish.
    case publish
    /// Approve, hold or throw out comments; run polls.
    case moderate
    /// Add and edit people, titles, organizations, couples and quotes.
    case editKnowledge
    /// Upload and describe images.
    case manageMedia
    /// Add and change accounts.
    case manageUsers
    /// Add, change and remove the redirects from old addresses.
    case manageRedirects
    /// Change the site's settings and blocklist.
    case manageSettings
    /// Read the audit log.
    case readAudit
}

extension NewsroomAction {
    /// The action in words, for the newsroom's overview page.
    public var summary: String {
        switch self {
        case .writeDrafts: "Write drafts and revise your own until they are published"
        case .editAnyArticle: "Edit any article"
        case .publish: "Publish, schedule and unpublish articles"
        case .moderate: "Moderate comments and run polls"
        case .editKnowledge: "Edit people, dramas, organizations, couples and quotes"
        case .manageMedia: "Upload and describe images"
        case .manageUsers: "Add and change accounts"
        case .manageRedirects: "Redirect old addresses to their new pages"
        case .manageSettings: "Change the site's settings and blocklist"
        case .readAudit: "Read the audit log"
        }
    }
}

extension UserRole {
    /// Writers write; editors also decide what the public sees; admins also run the newsroom.
    public func may(_ action: NewsroomAction) -> Bool {
        switch action {
        case .writeDrafts, .manageMedia: true
        case .editAnyArticle, .publish, .moderate, .editKnowledge, .manageRedirects: self == .editor || self == .admin
        case .manageUsers, .manageSettings, .readAudit: self == .admin
        }
    }

    /// Whether someone in this role may change an article: a writer their own while it is a
    /// draft or waiting for review (as a WordPress contributor may), an editor anything.
    public func mayEdit(article status: ArticleStatus, isAuthor: Bool) -> Bool {
        if may(.editAnyArticle) { return true }
        return isAuthor && (status == .draft || status == .review)
    }
}
