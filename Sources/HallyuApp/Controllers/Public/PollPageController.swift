import Foundation
import HallyuCore
import Vapor

/// `/polls/{id}`: one poll for this reader: the results once their browser has voted or the
/// poll has closed, else its form. Where a vote without script lands; the article and couple
/// pages themselves show every reader the same poll, and the site's script fills in a voter's
/// results there.
struct PollPageController {
    struct Context: Encodable, Sendable {
        var meta: PageMeta
        var poll: PollView
        var backURL: String
        var backName: String
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id") else { throw Abort(.notFound) }
        let voting = PollVoting(request: req)
        let poll = try await voting.visiblePoll(id: id)
        let voted = try await voting.voted(in: [poll]).contains(poll.id)
        let back = Paths.of(poll.attachedTo)
        var meta = req.pageMeta(title: poll.question, description: "A reader poll on \(poll.attachedTo.name).", path: "/polls/\(poll.id)")
        // The page is this reader's (their vote); search engines have the page the poll sits on.
        meta.canonicalURL = req.publicBase + back
        let context = Context(
            meta: meta, poll: PollView(poll, voted: voted, now: req.now, formatting: req.formatting),
            backURL: back, backName: poll.attachedTo.name)
        let response = try await context.response(for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
        return response
    }
}
