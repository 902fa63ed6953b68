import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// Casts a reader's vote: once per poll per voter cookie, and at most 20 an hour from one
/// address in one poll, so a shared office or mobile address still works but a script that
/// throws its cookie away does not.
struct PollVoting {
    static let addressLimit = Throttle(limit: 20, window: 3600)

    let request: Request

    /// A poll readers can see: on a couple's page, or on a published article.
    func visiblePoll(id: String, counted: Bool = true) async throws -> Poll {
        let missing = Abort(.notFound, reason: "There is no poll with this id.")
        guard let poll = try await request.polls.poll(id: id, counted: counted) else { throw missing }
        if poll.attachedTo.kind == .article, try await !request.articles.isPublished(slug: poll.attachedTo.slug) { throw missing }
        return poll
    }

    /// Counts the vote and returns the poll with it.
    func vote(pollID: String, optionID: String) async throws -> Poll {
        let polls = request.polls
        let poll = try await visiblePoll(id: pollID, counted: false)
        guard poll.options.contains(where: { $0.id.lowercased() == optionID.lowercased() }) else {
            throw Abort(.badRequest, reason: "That choice is not one of this poll's options.")
        }
        guard !poll.isClosed(at: request.now) else { throw Abort(.conflict, reason: "This poll has closed; the results are final.") }
        let voterKey = try ReaderCookie.voter.key(request)
        let addressHash = try request.siteSecret().hash(address: request.clientAddress)
        guard try await polls.voted(voterKey: voterKey, pollIDs: [poll.id]).isEmpty else { throw Self.alreadyVoted }
        let limits = request.rateWindows
        let now = request.now
        let slot = try await limits.take("vote|\(poll.id)|" + addressHash, under: Self.addressLimit, now: now) {
            "Too many votes from your network in this poll. Try again in \($0)."
        }
        try await limits.keeping([slot]) {
            // Two tabs voting at once: the database's unique index lets one count.
            let outcome = try await polls.vote(pollID: poll.id, optionID: optionID, voterKey: voterKey, addressHash: addressHash, at: now)
            if outcome == .alreadyVoted { throw Self.alreadyVoted }
        }
        // Counts show only to those who voted (never from the shared cache) or once the poll
        // has closed, when no vote is taken: no cached page changes.
        request.announceNothingPublic()
        guard let counted = try await polls.poll(id: poll.id) else { throw Abort(.notFound, reason: "The poll was deleted.") }
        return counted
    }

    /// Whether this reader has voted in each of the polls.
    func voted(in polls: [Poll]) async throws -> Set<String> {
        guard !polls.isEmpty else { return [] }
        request.cacheVaries(byCookie: ReaderCookie.voter.name)
        guard let voterKey = try ReaderCookie.voter.existingKey(request) else { return [] }
        return try await request.polls.voted(voterKey: voterKey, pollIDs: polls.map(\.id))
    }

    static var alreadyVoted: Abort {
        Abort(.conflict, reason: "You have already voted in this poll.")
    }
}
