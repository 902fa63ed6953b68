import Fluent
import Foundation
import HallyuCore

/// The audit log: written beside every change worth answering for, read by admins.
public struct AuditLog: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Notes an action; `user` is nil for what the system did by itself.
    public func record(_ user: User?, _ action: String, kind: String, id: String, summary: String, at: Date) async throws {
        let row = AuditEntryModel()
        row.at = at
        row.userID = user.flatMap { UUID(uuidString: $0.id) }
        row.userName = user?.name ?? ""
        row.action = action
        row.itemKind = kind
        row.itemID = id
        row.summary = summary
        try await row.create(on: database)
    }

    /// The newest entries first.
    public func entries(_ paging: Paging) async throws -> Paged<AuditEntry> {
        let query = AuditEntryModel.query(on: database)
        let total = try await query.count()
        let rows = try await AuditEntryModel.query(on: database).sort(\.$at, .descending).sort(\.$id)
            .range(paging.offset..<(paging.offset + paging.per)).all()
        let items = rows.map {
            AuditEntry(
                at: $0.at, userName: $0.userName, action: $0.action, itemKind: $0.itemKind,
                itemID: $0.itemID, summary: $0.summary)
        }
        return Paged(items: items, page: paging.page, per: paging.per, total: total)
    }
}
