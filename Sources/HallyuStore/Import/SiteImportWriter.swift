import Fluent
import Foundation
import HallyuCore

/// Places what a site export holds (accounts, tags, media, posts with their comments, old
/// addresses) and remembers what each record became, so the same export placed again adds
/// nothing and a newer one changes only what changed. Used by one import at a time.
public final class SiteImportWriter: @unchecked Sendable {
    private let database: any Database
    private var state: ImportState

    private init(database: any Database, ledger: ImportLedger) {
        self.database = database
        state = ImportState(ledger: ledger)
    }

    /// `source` names the site the records come from, so two sites' post 41 are two posts.
    public static func open(source: String, on database: any Database) async throws -> SiteImportWriter {
        SiteImportWriter(database: database, ledger: try await ImportLedger.load(source: source, on: database))
    }

    public func id(_ key: String) -> UUID? { state.ledger[key] }

    /// The version each record was placed at, as it stands now: a copy, for readers on other
    /// threads while this writer goes on.
    public var currentVersions: [String: String] {
        state.ledger.versions.filter { state.ledger[$0.key] != nil }
    }

    // MARK: Accounts

    /// The account an author's posts are signed with: the one placed for them before, else an
    /// account with their e-mail address, else a new writer's account with no password (it
    /// signs in once an admin sets one). Returns its slug.
    public func account(key: String, name: String, email: String, login: String) async throws -> String {
        if let id = state.ledger[key], let row = try await UserModel.find(id, on: database) { return row.slug }
        let address =
            email.isEmpty ? "\(Slug.make(from: login).isEmpty ? "author" : Slug.make(from: login))@imported.invalid" : Accounts.fold(email: email)
        let row: UserModel
        if let existing = try await UserModel.query(on: database).filter(\.$email == address).first() {
            row = existing
        } else {
            row = UserModel(
                slug: try await freeUserSlug(for: name.isEmpty ? login : name), name: name.isEmpty ? login : name, email: address, role: .writer)
            try await row.create(on: database)
        }
        try await state.ledger.record(key, kind: "user", try row.requireID(), on: database)
        return row.slug
    }

    /// The account an author was mapped to by its e-mail address; nil when there is none.
    public func existingAccount(email: String) async throws -> String? {
        try await UserModel.query(on: database).filter(\.$email == Accounts.fold(email: email)).first()?.slug
    }

    private func freeUserSlug(for name: String) async throws -> String {
        let base = Slug.make(from: name).isEmpty ? "author" : Slug.make(from: name)
        for candidate in Slug.candidates(base: base, year: nil)
        where try await UserModel.query(on: database).filter(\.$slug == candidate).first() == nil {
            return candidate
        }
        throw StoreError.conflict("no free slug for the account \(name)")
    }

    // MARK: Tags

    /// A tag for a category or tag; one of the same slug already here is used as it is.
    public func tag(key: String, slug: String, name: String) async throws -> String {
        if let id = state.ledger[key], let row = try await TagModel.find(id, on: database) { return row.slug }
        let tagSlug = [Slug.make(from: slug), Slug.make(romanizing: name), Slug.make(romanizing: slug)].first { !$0.isEmpty } ?? "tag"
        let row: TagModel
        if let existing = try await TagModel.query(on: database).filter(\.$slug == tagSlug).first() {
            row = existing
        } else {
            row = TagModel(slug: tagSlug, name: name.isEmpty ? tagSlug : name)
            try await row.create(on: database)
        }
        try await state.ledger.record(key, kind: EntityKind.tag.rawValue, try row.requireID(), on: database)
        return row.slug
    }

    /// Puts a placed tag under another, unless an editor already gave it a parent.
    public func setParent(ofTag key: String, to parentKey: String) async throws {
        guard let id = state.ledger[key], let parentID = state.ledger[parentKey], id != parentID,
            let row = try await TagModel.find(id, on: database), row.parentID == nil
        else { return }
        row.parentID = parentID
        try await row.update(on: database)
    }

    // MARK: Media

    /// A picture whose file is in the media folder already; the same file placed before (by
    /// any import or upload) is the same media item.
    public func media(key: String, _ media: Media) async throws -> UUID {
        if let id = state.ledger[key], try await MediaModel.find(id, on: database) != nil { return id }
        let (_, id) = try await ArticleWriter(database: database).add(media)
        guard let uuid = UUID(uuidString: id) else { throw StoreError.invalid("media id \(id)") }
        try await state.ledger.record(key, kind: "media", uuid, on: database)
        return uuid
    }

    // MARK: Posts

    /// Places posts with their comments in one transaction: all of them or, on a failure,
    /// none, so an import stopped half-way is resumed by running it again.
    public func place(_ posts: [ImportedPost]) async throws -> [ArticleWriter.Placed] {
        try await withState { state, database in
            try await ArticleWriter(database: database).place(posts, ledger: &state.ledger)
        }
    }

    // MARK: Redirects

    /// Old addresses leading to new pages, in one transaction. An address an editor set by hand
    /// is left as it is.
    public func redirect(_ redirects: [(path: String, target: String)]) async throws {
        try await Redirects(database: database).save(
            redirects.map { RedirectRule(path: $0.path, target: $0.target, status: 301) }, origin: Redirects.imported)
    }

    private func withState<T: Sendable>(
        _ body: @escaping @Sendable (inout ImportState, any Database) async throws -> T
    ) async throws -> T {
        let start = state
        let (finished, result) = try await database.writeTransaction { database in
            var working = start
            let result = try await body(&working, database)
            return (working, result)
        }
        state = finished
        return result
    }
}
