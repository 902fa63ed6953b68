import Fluent
import Foundation
import HallyuCore
import SQLKit

/// The newsroom's images: described, searched, and deleted only when nothing shows them.
public struct MediaLibrary: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The words that describe an image, as an editor fills them in.
    public struct Description: Sendable, Equatable {
        public var alt: String
        public var caption: String
        public var credit: String
        public var sourceURL: String?
        public var licence: String

        public init(alt: String, caption: String = "", credit: String, sourceURL: String? = nil, licence: String = "") {
            self.alt = alt
            self.caption = caption
            self.credit = credit
            self.sourceURL = sourceURL
            self.licence = licence
        }
    }

    public struct Item: Sendable {
        public var media: Media
        public var uploadedAt: Date?
        /// How many articles show it as their hero. (Whether a body shows it is asked only when
        /// deleting: it means reading every body.)
        public var heroUses: Int
        /// Why its resized copies could not be made, when they could not.
        public var variantsProblem: String? = nil
    }

    /// Every image's files (the upload and its resized copies) with its id, for checking the
    /// media folder against the library.
    public func files() async throws -> [(id: String, fileName: String)] {
        try await MediaModel.query(on: database).filter(\.$kind == MediaKind.image.rawValue).all()
            .flatMap { row in
                guard let id = row.id, let media = try? row.toCore() else { return [(id: String, fileName: String)]() }
                return media.fileNames.map { (id.uuidString, $0) }
            }
    }

    /// Images newest first; `query` looks in the alt text, caption, credit and file name.
    public func list(query: String, _ paging: Paging) async throws -> Paged<Item> {
        let like = caseInsensitiveLike
        func filtered() -> QueryBuilder<MediaModel> {
            let builder = MediaModel.query(on: database).filter(\.$kind == MediaKind.image.rawValue)
            let words = query.split(separator: " ").map(String.init).prefix(5)
            for word in words {
                builder.group(.or) { group in
                    group.filter(\.$alt, like, "%\(Self.escapeLike(word))%")
                        .filter(\.$caption, like, "%\(Self.escapeLike(word))%")
                        .filter(\.$credit, like, "%\(Self.escapeLike(word))%")
                        .filter(\.$fileName, like, "%\(Self.escapeLike(word))%")
                }
            }
            return builder
        }
        let total = try await filtered().count()
        let rows = try await filtered().sort(\.$createdAt, .descending).sort(\.$id)
            .range(paging.offset..<(paging.offset + paging.per)).all()
        var items: [Item] = []
        let ids = try rows.map { try $0.requireID() }
        var heroCounts: [UUID: Int] = [:]
        if !ids.isEmpty {
            for article in try await ArticleModel.query(on: database).filter(\.$hero.$id ~~ ids).field(\.$id).field(\.$hero.$id).all() {
                if let hero = article.$hero.id { heroCounts[hero, default: 0] += 1 }
            }
        }
        for row in rows {
            items.append(
                Item(
                    media: try row.toCore(), uploadedAt: row.createdAt, heroUses: heroCounts[try row.requireID()] ?? 0,
                    variantsProblem: row.variantsProblem))
        }
        return Paged(items: items, page: paging.page, per: paging.per, total: total)
    }

    public func item(id: String) async throws -> Item? {
        guard let uuid = UUID(uuidString: id), let row = try await MediaModel.find(uuid, on: database) else { return nil }
        let heroUses = try await ArticleModel.query(on: database).filter(\.$hero.$id == uuid).count()
        return Item(media: try row.toCore(), uploadedAt: row.createdAt, heroUses: heroUses, variantsProblem: row.variantsProblem)
    }

    /// The images with these file names, by file name: the pictures an article's body places.
    /// Names the library does not hold are left out.
    public func images(fileNames: [String]) async throws -> [String: Media] {
        guard !fileNames.isEmpty else { return [:] }
        let rows = try await MediaModel.query(on: database).filter(\.$fileName ~~ fileNames).all()
        var found: [String: Media] = [:]
        for row in rows {
            let media = try row.toCore()
            if media.kind == .image { found[media.fileName] = media }
        }
        return found
    }

    /// Adds an uploaded image; the same file uploaded twice (same content, so same name) is
    /// the same item, and its id comes back.
    public func add(
        fileName: String, format: ImageHeader.Format, width: Int, height: Int,
        _ description: Description
    ) async throws -> (media: Media, existed: Bool) {
        if let existing = try await MediaModel.query(on: database).filter(\.$fileName == fileName).first() {
            return (try existing.toCore(), true)
        }
        let media = Media(
            id: "", fileName: fileName, contentType: format.contentType, alt: description.alt,
            caption: description.caption, credit: description.credit, sourceURL: description.sourceURL,
            licence: description.licence, width: width, height: height)
        let row = MediaModel(from: media)
        try await row.create(on: database)
        return (try row.toCore(), false)
    }

    public func describe(id: String, _ description: Description) async throws -> Media {
        guard let uuid = UUID(uuidString: id), let row = try await MediaModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no media item with the id \"\(id)\"")
        }
        row.alt = description.alt
        row.caption = description.caption
        row.credit = description.credit
        row.sourceURL = description.sourceURL
        row.licence = description.licence
        try await row.update(on: database)
        return try row.toCore()
    }

    /// Deletes the item's row and returns its files (the upload and its copies) for the caller
    /// to remove; refused while an article shows it.
    public func delete(id: String) async throws -> [String] {
        guard let uuid = UUID(uuidString: id), let row = try await MediaModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no media item with the id \"\(id)\"")
        }
        let uses = try await uses(of: row)
        guard uses == 0 else {
            throw StoreError.conflict(
                "\(uses == 1 ? "an article shows" : "\(uses) articles show") this image; take it out of \(uses == 1 ? "it" : "them") first")
        }
        try await row.delete(on: database)
        return try row.toCore().fileNames
    }

    /// Articles, in any state, with the image as hero or with its address in their body.
    private func uses(of row: MediaModel) async throws -> Int {
        let id = try row.requireID()
        guard let fileName = row.fileName, !fileName.isEmpty else {
            return try await ArticleModel.query(on: database).filter(\.$hero.$id == id).count()
        }
        return try await ArticleModel.query(on: database).group(.or) { either in
            either.filter(\.$hero.$id == id).filter(\.$body, .custom("LIKE"), "%/media/\(Self.escapeLike(fileName))%")
        }.count()
    }

    /// PostgreSQL's LIKE minds case; SQLite's does not for ASCII, and has no ILIKE.
    private var caseInsensitiveLike: DatabaseQuery.Filter.Method {
        if let sql = database as? any SQLDatabase, ArticleSearch.isPostgres(sql) { return .custom("ILIKE") }
        return .custom("LIKE")
    }

    /// A `%` typed in a search would match anything; it is dropped.
    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "")
    }
}
