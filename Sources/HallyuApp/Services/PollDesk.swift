import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// Editors' work on polls, shared by the newsroom pages and the API: checked, stored, audited.
struct PollDesk {
    let request: Request

    /// A new poll on the article or couple named by slug (exactly one of the two).
    func create(question: String, options: [String], article: String?, couple: String?, closesAt: Date?) async throws -> Poll {
        let user = try request.require(.moderate)
        let article = article?.trimmingCharacters(in: .whitespaces).nonEmpty
        let couple = couple?.trimmingCharacters(in: .whitespaces).nonEmpty
        guard (article == nil) != (couple == nil) else {
            throw Abort(.badRequest, reason: "Put the poll on one article or on one couple's page: give the slug of one of them.")
        }
        let checked: (question: String, options: [String])
        do {
            checked = try PollRules.validate(question: question, options: options)
        } catch {
            throw Abort(.badRequest, reason: error.message)
        }
        let now = request.now
        if let closesAt, closesAt <= now { throw Abort(.badRequest, reason: "The closing time has passed already; choose a later one.") }
        let page = EntityRef(kind: article == nil ? .couple : .article, slug: article ?? couple ?? "", name: "")
        guard Slug.isValid(page.slug) else {
            throw Abort(
                .unprocessableEntity, reason: "No \(page.kind.rawValue) has the slug \"\(page.slug)\"; a slug is lowercase words joined by hyphens.")
        }
        let poll = try await request.polls.create(
            question: checked.question, options: checked.options, on: page,
            closesAt: closesAt, at: now)
        try await request.auditLog.record(
            user, "created poll", kind: "poll", id: poll.id,
            summary: "\(poll.question) (on \(poll.attachedTo.name))", at: now)
        await request.announce(.of(.polls(on: poll.attachedTo)))
        return poll
    }

    func close(id: String) async throws {
        let user = try request.require(.moderate)
        let polls = request.polls
        guard let poll = try await polls.poll(id: id) else { throw Abort(.notFound, reason: "There is no poll with this id.") }
        guard !poll.isClosed(at: request.now) else { throw Abort(.conflict, reason: "The poll has closed already.") }
        try await polls.close(id: id, at: request.now)
        try await request.auditLog.record(user, "closed poll", kind: "poll", id: id, summary: poll.question, at: request.now)
        await request.announce(.of(.polls(on: poll.attachedTo)))
    }

    func delete(id: String) async throws {
        let user = try request.require(.moderate)
        let polls = request.polls
        guard let poll = try await polls.poll(id: id) else { throw Abort(.notFound, reason: "There is no poll with this id.") }
        try await polls.delete(id: id)
        try await request.auditLog.record(
            user, "deleted poll", kind: "poll", id: id,
            summary: "\(poll.question) (\(poll.totalVotes) votes)", at: request.now)
        await request.announce(.of(.polls(on: poll.attachedTo)))
    }
}

extension String {
    /// Nil for an empty string, so optional inputs can be chained.
    var nonEmpty: String? { isEmpty ? nil : self }
}
