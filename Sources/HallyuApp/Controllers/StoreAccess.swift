import FluentKit
import HallyuStore
import SQLKit
import Vapor

/// Every repository of the store, reached one way from a request (`req.comments`) or from the
/// application in commands and background work (`app.accounts`). Each is built on `db`; the public
/// pages' reads go to the SQLite reader where a repository reads for them (`pageReads`). Only a
/// transaction builds repositories itself, on the database the transaction hands it.
protocol StoreAccess {
    var db: any Database { get }
    /// Where public pages read: the SQLite reader or a read replica, or nil to read through `db`.
    var pageReads: (any SQLDatabase)? { get }
    /// The SQLite reader, or nil to read through `db`: never a replica.
    var committedReads: (any SQLDatabase)? { get }
}

extension Request: StoreAccess {}

extension Application: StoreAccess {
    /// Commands and background work read through the driver: they do not serve pages.
    var pageReads: (any SQLDatabase)? { nil }
    var committedReads: (any SQLDatabase)? { nil }
}

extension StoreAccess {
    var knowledge: KnowledgeRepository { KnowledgeRepository(database: db, reads: pageReads) }
    var articles: ArticleRepository { ArticleRepository(database: db, reads: pageReads) }
    var articlePageReader: ArticlePageReader { ArticlePageReader(database: db, reads: pageReads) }
    var comments: Comments { Comments(database: db, reads: pageReads) }
    var polls: Polls { Polls(database: db, reads: committedReads) }
    var articleDesk: ArticleDesk { ArticleDesk(database: db) }
    var articleSearch: ArticleSearch { ArticleSearch(database: db) }
    var knowledgeEditor: KnowledgeEditor { KnowledgeEditor(database: db) }
    var mediaLibrary: MediaLibrary { MediaLibrary(database: db) }
    var commentQueue: CommentQueue { CommentQueue(database: db) }
    var accounts: Accounts { Accounts(database: db) }
    var apiTokens: APITokens { APITokens(database: db) }
    /// The staff's signed-in sessions (Vapor's own `sessions` is its configuration).
    var staffSessions: Sessions { Sessions(database: db) }
    /// The sessions and tokens of disabled accounts, to refuse them by name.
    var endedCredentials: EndedCredentials { EndedCredentials(database: db) }
    var twoFactorSecrets: TwoFactorSecrets { TwoFactorSecrets(database: db) }
    var passwordResets: PasswordResets { PasswordResets(database: db) }
    /// The counts behind the sign-in, comment, vote and API token limits.
    var rateWindows: RateWindows { RateWindows(database: db) }
    var auditLog: AuditLog { AuditLog(database: db) }
    var settings: Settings { Settings(database: db) }
    var sitemapSource: SitemapSource { SitemapSource(database: db) }
    var pageCacheChanges: PageCacheChanges { PageCacheChanges(database: db) }
    var databaseChecks: DatabaseChecks { DatabaseChecks(database: db) }
}
