import Fluent
import Foundation
import HallyuCore

/// Finds free slugs and renames them, keeping the old address answering with a redirect.
public struct SlugAllocator: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The first free slug for a newcomer called `name`: the plain slug, then with the year that
    /// tells it apart (`kim-ji-won-1992`), then `-2`, `-3`… Old slugs of renamed entities count as taken.
    public func available(_ kind: EntityKind, name: String, year: Int?) async throws -> String {
        var base = Slug.make(from: name)
        if base.isEmpty { base = kind.rawValue }
        let refs = EntityRefs(database: database)
        for candidate in Slug.candidates(base: base, year: year) {
            let taken = try await refs.id(of: kind, slug: candidate) != nil
            let redirected =
                try await SlugRedirectModel.query(on: database)
                .filter(\.$entityKind == kind.rawValue).filter(\.$oldSlug == candidate).first() != nil
            if !taken && !redirected { return candidate }
        }
        throw StoreError.conflict("no free slug for \(name)")
    }

    /// Gives an entity a new slug; the old one keeps answering with a 301 to the new one.
    public func rename(_ kind: EntityKind, from old: String, to new: String) async throws {
        guard Slug.isValid(new) else { throw StoreError.invalid("\"\(new)\" is not a slug: lowercase ASCII words joined by hyphens") }
        let refs = EntityRefs(database: database)
        guard let id = try await refs.id(of: kind, slug: old) else { throw StoreError.missingReference(kind, old) }
        guard try await refs.id(of: kind, slug: new) == nil else { throw StoreError.alreadyExists("the slug \"\(new)\" is taken") }
        try await database.writeTransaction { db in
            try await Self.setSlug(kind, id: id, to: new, on: db)
            // A slug that comes back into use stops redirecting.
            try await SlugRedirectModel.query(on: db).filter(\.$entityKind == kind.rawValue).filter(\.$oldSlug == new).delete()
            try await SlugRedirectModel(kind: kind.rawValue, oldSlug: old, entityID: id).create(on: db)
        }
    }

    private static func setSlug(_ kind: EntityKind, id: UUID, to slug: String, on db: any Database) async throws {
        switch kind {
        case .person: try await PersonModel.query(on: db).filter(\.$id == id).set(\.$slug, to: slug).update()
        case .title: try await TitleModel.query(on: db).filter(\.$id == id).set(\.$slug, to: slug).update()
        case .organization: try await OrganizationModel.query(on: db).filter(\.$id == id).set(\.$slug, to: slug).update()
        case .couple: try await CoupleModel.query(on: db).filter(\.$id == id).set(\.$slug, to: slug).update()
        case .article: try await ArticleModel.query(on: db).filter(\.$id == id).set(\.$slug, to: slug).update()
        case .tag: try await TagModel.query(on: db).filter(\.$id == id).set(\.$slug, to: slug).update()
        case .character: throw StoreError.invalid("characters take their slug from their name")
        }
    }
}
