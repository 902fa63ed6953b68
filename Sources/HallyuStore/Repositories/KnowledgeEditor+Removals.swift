import Fluent
import Foundation
import HallyuCore

/// Corrections to the record: a couple's note, and taking out a status entry, a quote or a
/// credit that was wrong (a wrong one is removed and the right one added, so every entry that
/// stands keeps the source it was added with).
extension KnowledgeEditor {
    public func setNote(couple slug: String, to note: String) async throws -> Couple {
        guard let row = try await CoupleModel.query(on: database).filter(\.$slug == slug).first() else {
            throw StoreError.missingReference(.couple, slug)
        }
        row.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        try await row.update(on: database)
        guard let couple = try await KnowledgeRepository(database: database).couple(slug: slug) else {
            throw StoreError.unreadable(.couple, slug)
        }
        return couple
    }

    /// Takes out the couple's entry with this status on this date.
    public func removeStatus(couple slug: String, status: RelationshipStatus, date: CalendarDate) async throws -> Couple {
        let coupleID = try await KnowledgeWriter(database: database).require(.couple, slug)
        let query = CoupleStatusModel.query(on: database).filter(\.$couple.$id == coupleID)
            .filter(\.$status == status.rawValue).filter(\.$date == date.description)
        guard try await query.count() > 0 else {
            throw StoreError.notFound("the couple has no \(status.rawValue) entry on \(date)")
        }
        try await CoupleStatusModel.query(on: database).filter(\.$couple.$id == coupleID)
            .filter(\.$status == status.rawValue).filter(\.$date == date.description).delete()
        guard let couple = try await KnowledgeRepository(database: database).couple(slug: slug) else {
            throw StoreError.unreadable(.couple, slug)
        }
        return couple
    }

    /// Deletes a quote with what it was about; returns its words and speaker, for the audit log.
    @discardableResult
    public func removeQuote(id: String) async throws -> (text: String, speaker: EntityRef?) {
        guard let uuid = UUID(uuidString: id), let row = try await QuoteModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no quote with the id \"\(id)\"")
        }
        let speaker = try await PersonModel.find(row.$speaker.id, on: database)?.ref
        try await database.writeTransaction { db in
            try await QuoteSubjectModel.query(on: db).filter(\.$quote.$id == uuid).delete()
            try await QuoteModel.query(on: db).filter(\.$id == uuid).delete()
        }
        return (row.text, speaker)
    }

    /// Deletes a role; the character's names leave the linker's index with it. Returns who
    /// played whom in what, for the audit log.
    @discardableResult
    public func removeCredit(id: String) async throws -> (person: EntityRef?, title: EntityRef?, character: String?) {
        guard let uuid = UUID(uuidString: id), let row = try await CreditModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no credit with the id \"\(id)\"")
        }
        let person = try await PersonModel.find(row.$person.id, on: database)?.ref
        let title = try await TitleModel.find(row.$title.id, on: database)?.ref
        try await database.writeTransaction { db in
            try await CreditModel.query(on: db).filter(\.$id == uuid).delete()
            try await Settings(database: db).markKnowledgeChanged()
        }
        return (person, title, row.characterName)
    }
}
