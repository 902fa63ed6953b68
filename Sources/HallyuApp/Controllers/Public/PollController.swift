import HallyuCore
import Vapor

/// `POST /polls/{id}/vote`: the poll form without script; on to the poll's own page, where this
/// reader sees the results.
struct PollController {
    struct Form: Content {
        var option: String?
    }

    func vote(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id") else { throw Abort(.notFound) }
        let form = (try? req.content.decode(Form.self)) ?? Form()
        guard let option = form.option, !option.isEmpty else {
            throw Abort(.badRequest, reason: "Choose one of the answers before you vote.")
        }
        let poll = try await PollVoting(request: req).vote(pollID: id, optionID: option)
        return req.redirect(to: "/polls/\(poll.id)")
    }
}
