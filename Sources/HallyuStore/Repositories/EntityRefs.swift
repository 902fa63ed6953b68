import Fluent
import Foundation
import HallyuCore

/// Turns stored (kind, id) pairs into `EntityRef`s with names, a few queries per kind.
struct EntityRefs {
    let database: Database

    func resolve(_ pairs: [(kind: EntityKind, id: UUID)]) async throws -> [UUID: EntityRef] {
        var refs: [UUID: EntityRef] = [:]
        let ids = { (kind: EntityKind) in pairs.filter { $0.kind == kind }.map(\.id) }
        if case let people = ids(.person), !people.isEmpty {
            for row in try await PersonModel.query(on: database).filter(\.$id ~~ people).all() { refs[row.id!] = row.ref }
        }
        if case let titles = ids(.title), !titles.isEmpty {
            for row in try await TitleModel.query(on: database).filter(\.$id ~~ titles).all() { refs[row.id!] = row.ref }
        }
        if case let organizations = ids(.organization), !organizations.isEmpty {
            for row in try await OrganizationModel.query(on: database).filter(\.$id ~~ organizations).all() {
                refs[row.id!] = row.ref
            }
        }
        if case let couples = ids(.couple), !couples.isEmpty {
            for row in try await CoupleModel.query(on: database).filter(\.$id ~~ couples)
                .with(\.$first).with(\.$second).all() {
                refs[row.id!] = row.ref
            }
        }
        if case let articles = ids(.article), !articles.isEmpty {
            for row in try await ArticleModel.query(on: database).filter(\.$id ~~ articles).all() { refs[row.id!] = row.ref }
        }
        if case let tags = ids(.tag), !tags.isEmpty {
            for row in try await TagModel.query(on: database).filter(\.$id ~~ tags).all() { refs[row.id!] = row.toCore().ref }
        }
        return refs
    }

    /// The id of the entity of `kind` with `slug`, if there is one.
    func id(of kind: EntityKind, slug: String) async throws -> UUID? {
        switch kind {
        case .person: try await PersonModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .title: try await TitleModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .organization: try await OrganizationModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .couple: try await CoupleModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .article: try await ArticleModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .tag: try await TagModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .character: nil
        }
    }
}
