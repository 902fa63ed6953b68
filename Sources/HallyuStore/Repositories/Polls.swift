import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Reader polls: made by editors, voted on by readers, counted from the votes themselves so a
/// tally can never drift from what was cast.
public struct Polls: Sendable {
    let database: any Database
    /// Where the public pages' reads go (`SQLiteReader`), when not through `database`.
    let reads: (any SQLDatabase)?

    public init(database: any Database, reads: (any SQLDatabase)? = nil) {
        self.database = database
        self.reads = reads
    }

    /// What became of a vote.
    public enum VoteOutcome: Sendable, Equatable {
        case counted
        /// This voter had voted in the poll already.
        case alreadyVoted
    }

    /// A new poll on the article or couple `page` names (by kind and slug).
    public func create(question: String, options: [String], on page: EntityRef, closesAt: Date?, at now: Date) async throws -> Poll {
        guard page.kind == .article || page.kind == .couple else { throw StoreError.invalid("polls go on articles and couples") }
        guard let pageID = try await EntityRefs(database: database).id(of: page.kind, slug: page.slug) else {
            throw StoreError.missingReference(page.kind, page.slug)
        }
        let pollID = try await database.writeTransaction { database in
            let poll = PollModel()
            poll.question = question
            if page.kind == .article { poll.$article.id = pageID } else { poll.$couple.id = pageID }
            poll.closesAt = closesAt
            poll.createdAt = now
            try await poll.create(on: database)
            for (position, label) in options.enumerated() {
                let option = PollOptionModel()
                option.$poll.id = try poll.requireID()
                option.label = label
                option.position = position
                try await option.create(on: database)
            }
            return try poll.requireID()
        }
        guard let poll = try await self.poll(id: pollID.coreID) else { throw StoreError.failure("the poll was not stored") }
        return poll
    }

    /// A poll with its options and, when `counted`, their votes (else zeros: counting is the
    /// costly part, and checking a vote does not need it).
    public func poll(id: String, counted: Bool = true) async throws -> Poll? {
        guard let row = try await PollModel.find(UUID(coreID: id), on: database) else { return nil }
        return try await polls([row], counted: counted).first
    }

    /// The polls on an article or couple page, newest first.
    public func polls(on kind: EntityKind, id: String) async throws -> [Poll] {
        let page: SQLQueryString
        switch kind {
        case .article: page = "p.article_id = \(bind: UUID(coreID: id))"
        case .couple: page = "p.couple_id = \(bind: UUID(coreID: id))"
        default: return []
        }
        // One query, in plain SQL, since every view of an article or couple page reads it: the
        // polls with their options, each option's votes and the page's name.
        let rows = try await readingSQL(reads, or: database).raw(
            """
            SELECT p.id, p.question, p.closes_at, p.created_at, o.id AS option_id, o.label, o.position, t.total,
            a.slug AS article_slug, a.title AS article_title, c.slug AS couple_slug, c1.name AS first_name, c2.name AS second_name
            FROM polls p
            LEFT JOIN poll_options o ON o.poll_id = p.id
            LEFT JOIN (SELECT v.option_id, COUNT(*) AS total FROM poll_votes v JOIN polls p ON p.id = v.poll_id
                       WHERE \(page) GROUP BY v.option_id) t ON t.option_id = o.id
            LEFT JOIN articles a ON a.id = p.article_id
            LEFT JOIN couples c ON c.id = p.couple_id
            LEFT JOIN people c1 ON c1.id = c.first_person_id
            LEFT JOIN people c2 ON c2.id = c.second_person_id
            WHERE \(page)
            """
        ).all()
        var polls: [UUID: Poll] = [:]
        var options: [UUID: [(position: Int, option: PollOption)]] = [:]
        for row in rows {
            let pollID = try row.uuid("id")
            if polls[pollID] == nil {
                let attachedTo: EntityRef
                if let slug = try row.optional("article_slug", String.self) {
                    attachedTo = EntityRef(kind: .article, slug: slug, name: try row.decode(column: "article_title", as: String.self))
                } else if let slug = try row.optional("couple_slug", String.self) {
                    let first = try row.decode(column: "first_name", as: String.self)
                    let second = try row.decode(column: "second_name", as: String.self)
                    attachedTo = EntityRef(kind: .couple, slug: slug, name: "\(first) & \(second)")
                } else {
                    continue
                }
                polls[pollID] = Poll(
                    id: pollID.coreID, question: try row.decode(column: "question", as: String.self), options: [],
                    attachedTo: attachedTo, closesAt: try row.optional("closes_at", Date.self),
                    createdAt: try row.decode(column: "created_at", as: Date.self))
            }
            guard let optionID = try row.optionalUUID("option_id") else { continue }
            options[pollID, default: []].append(
                (
                    try row.decode(column: "position", as: Int.self),
                    PollOption(
                        id: optionID.coreID, label: try row.decode(column: "label", as: String.self),
                        votes: try row.optional("total", Int.self) ?? 0)
                ))
        }
        return polls.map { id, poll in
            var poll = poll
            poll.options = (options[id] ?? []).sorted { $0.position < $1.position }.map(\.option)
            return poll
        }.sorted { ($1.createdAt, $0.id) < ($0.createdAt, $1.id) }
    }

    /// Every poll, newest first, for the newsroom.
    public func list(_ paging: Paging) async throws -> Paged<Poll> {
        let total = try await PollModel.query(on: database).count()
        let rows = try await PollModel.query(on: database).sort(\.$createdAt, .descending).sort(\.$id)
            .range(paging.offset..<(paging.offset + paging.per)).all()
        return Paged(items: try await polls(rows), page: paging.page, per: paging.per, total: total)
    }

    private func polls(_ rows: [PollModel], counted: Bool = true) async throws -> [Poll] {
        let ids = rows.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let options = try await PollOptionModel.query(on: database).filter(\.$poll.$id ~~ ids).sort(\.$position).all()
        let tallies = counted ? try await votes(pollIDs: ids) : [:]
        let pairs = rows.flatMap { row -> [(kind: EntityKind, id: UUID)] in
            [row.$article.id.map { (kind: EntityKind.article, id: $0) }, row.$couple.id.map { (kind: EntityKind.couple, id: $0) }]
                .compactMap { $0 }
        }
        let pages = try await EntityRefs(database: database).resolve(pairs)
        return rows.compactMap { row in
            guard let id = row.id, let page = (row.$article.id ?? row.$couple.id).flatMap({ pages[$0] }) else { return nil }
            let choices = options.filter { $0.$poll.id == id }.map { option in
                PollOption(id: option.id?.coreID ?? "", label: option.label, votes: option.id.flatMap { tallies[$0] } ?? 0)
            }
            return Poll(
                id: id.coreID, question: row.question, options: choices, attachedTo: page, closesAt: row.closesAt,
                createdAt: row.createdAt)
        }
    }

    /// Votes per option, counted by the database.
    private func votes(pollIDs: [UUID]) async throws -> [UUID: Int] {
        let rows = try await CreateEntityNamesAndIndexes.sql(database).raw(
            """
            SELECT option_id, count(*) AS total FROM poll_votes WHERE poll_id IN \(SQLBind.group(pollIDs)) GROUP BY option_id
            """
        ).all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.uuid("option_id")] = try row.decode(column: "total", as: Int.self)
        }
        return counts
    }

    /// Of `pollIDs`, the ones this voter has voted in.
    public func voted(voterKey: String, pollIDs: [String]) async throws -> Set<String> {
        let ids = pollIDs.compactMap { UUID(uuidString: $0) }
        guard !ids.isEmpty else { return [] }
        let rows = try await PollVoteModel.query(on: database).filter(\.$voterKey == voterKey).filter(\.$poll.$id ~~ ids)
            .field(\.$poll.$id).all()
        return Set(rows.map { $0.$poll.id.coreID })
    }

    /// Counts a vote unless the voter has one in the poll: the unique index on (poll, voter)
    /// decides, so two tabs racing cannot both count.
    public func vote(pollID: String, optionID: String, voterKey: String, addressHash: String, at now: Date) async throws -> VoteOutcome {
        let vote = PollVoteModel()
        vote.$poll.id = UUID(coreID: pollID)
        vote.$option.id = UUID(coreID: optionID)
        vote.voterKey = voterKey
        vote.addressHash = addressHash
        vote.createdAt = now
        do {
            try await vote.create(on: database)
        } catch {
            if try await !voted(voterKey: voterKey, pollIDs: [pollID]).isEmpty { return .alreadyVoted }
            throw error
        }
        return .counted
    }

    /// Closes the poll now (or at once, if its closing time was later).
    public func close(id: String, at now: Date) async throws {
        try await PollModel.query(on: database).filter(\.$id == UUID(coreID: id)).set(\.$closesAt, to: now).update()
    }

    public func delete(id: String) async throws {
        try await PollModel.query(on: database).filter(\.$id == UUID(coreID: id)).delete()
    }
}
