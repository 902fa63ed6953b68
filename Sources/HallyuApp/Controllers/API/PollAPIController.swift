import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `GET /api/v1/polls/{id}` and `POST /api/v1/polls/{id}/votes` for readers; creating, closing
/// and deleting polls for editors.
struct PollAPIController {
    struct VoteInput: Content {
        var option: String?
    }

    struct PollInput: Content {
        var question: String?
        var options: [String]?
        var article: String?
        var couple: String?
        var closesAt: String?
    }

    func show(req: Request) async throws -> PollDTO {
        let voting = PollVoting(request: req)
        let poll = try await voting.visiblePoll(id: try pollID(req))
        req.cacheShows(.polls(on: poll.attachedTo))
        req.cacheShowsClosing(of: [poll])
        return PollDTO(poll, voted: try await voting.voted(in: [poll]).contains(poll.id), now: req.now, formatting: req.formatting)
    }

    func vote(req: Request) async throws -> Response {
        try req.requireJSON("the vote")
        let input = try req.content.decode(VoteInput.self)
        guard let option = input.option?.trimmingCharacters(in: .whitespaces), !option.isEmpty else {
            throw Abort(.badRequest, reason: "Send the id of the chosen option as \"option\".")
        }
        let poll = try await PollVoting(request: req).vote(pollID: try pollID(req), optionID: option)
        return try await PollDTO(poll, voted: true, now: req.now, formatting: req.formatting).encodeResponse(status: .created, for: req)
    }

    func create(req: Request) async throws -> Response {
        try req.require(.moderate)
        let input = try req.content.decode(PollInput.self)
        var closesAt: Date?
        if let text = input.closesAt?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let date = ScheduleTime.parse(iso: text) else {
                throw Abort(.badRequest, reason: "closesAt must be an ISO 8601 time with its offset, such as 2026-12-24T20:00:00+09:00.")
            }
            closesAt = date
        }
        let poll = try await PollDesk(request: req).create(
            question: input.question ?? "", options: input.options ?? [],
            article: input.article, couple: input.couple, closesAt: closesAt)
        return try await PollDTO(poll, voted: false, showResults: true, now: req.now, formatting: req.formatting).encodeResponse(
            status: .created, for: req)
    }

    func close(req: Request) async throws -> PollDTO {
        let id = try pollID(req)
        try await PollDesk(request: req).close(id: id)
        guard let poll = try await req.polls.poll(id: id) else { throw Abort(.notFound) }
        return PollDTO(poll, voted: false, showResults: true, now: req.now, formatting: req.formatting)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        try await PollDesk(request: req).delete(id: try pollID(req))
        return .noContent
    }

    /// Poll ids are UUIDs; anything else names no poll.
    private func pollID(_ req: Request) throws -> String {
        guard let id = req.parameters.get("id"), UUID(uuidString: id) != nil else {
            throw Abort(.notFound, reason: "There is no poll with this id.")
        }
        return id
    }
}
