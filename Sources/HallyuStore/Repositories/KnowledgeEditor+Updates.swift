import Fluent
import Foundation
import HallyuCore

/// Corrections to titles and organizations: every field, the names the linker knows, and the
/// slug (the old one keeps answering with a 301).
extension KnowledgeEditor {
    public func update(title slug: String, with changed: Title) async throws -> Title {
        guard !changed.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.invalid("a title needs a name") }
        try await correct(
            .title, slug: slug, newSlug: changed.slug,
            names: [changed.name, changed.nativeName].compactMap { $0 } + changed.aliases
        ) { db, id in
            guard let row = try await TitleModel.find(id, on: db) else { throw StoreError.missingReference(.title, slug) }
            row.update(from: changed)
            try await row.update(on: db)
            let writer = KnowledgeWriter(database: db)
            try await TitleOutletModel.query(on: db).filter(\.$title.$id == id).delete()
            for (role, refs) in [(TitleOutletModel.network, changed.networks), (TitleOutletModel.platform, changed.platforms)] {
                for (position, ref) in refs.enumerated() {
                    try await TitleOutletModel(
                        titleID: id, organizationID: try await writer.require(.organization, ref.slug), role: role,
                        position: position
                    ).create(on: db)
                }
            }
        }
        let finalSlug = changed.slug.isEmpty ? slug : changed.slug
        guard let updated = try await KnowledgeRepository(database: database).title(slug: finalSlug) else {
            throw StoreError.unreadable(.title, finalSlug)
        }
        return updated
    }

    public func update(organization slug: String, with changed: Organization) async throws -> Organization {
        guard !changed.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("an organization needs a name")
        }
        try KnowledgeWriter.checkAddress(changed.website, "website")
        try await correct(
            .organization, slug: slug, newSlug: changed.slug,
            names: [changed.name, changed.nativeName].compactMap { $0 } + changed.aliases
        ) { db, id in
            guard let row = try await OrganizationModel.find(id, on: db) else { throw StoreError.missingReference(.organization, slug) }
            row.update(from: changed)
            try await row.update(on: db)
        }
        let finalSlug = changed.slug.isEmpty ? slug : changed.slug
        guard let updated = try await KnowledgeRepository(database: database).organization(slug: finalSlug) else {
            throw StoreError.unreadable(.organization, finalSlug)
        }
        return updated
    }
}
