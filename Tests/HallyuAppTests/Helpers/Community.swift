import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// A published story of the demo newsroom with no comments or polls of its own.
let demoStory = "sweet-home-netflix-monster-series"

/// A comment sent to the API as JSON, without a socket.
func postComment(
    _ app: Application, _ body: [String: any Sendable], to slug: String = demoStory, cookie: String? = nil
)
    async throws -> TestingHTTPResponse
{
    var headers: HTTPHeaders = ["Content-Type": "application/json"]
    if let cookie { headers.add(name: .cookie, value: cookie) }
    let path = "/api/v1/articles/\(slug)/comments"
    let response = try await app.testing().sendRequest(
        .POST, path, headers: headers,
        body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)))
    checkAgainstAPIDocument(.POST, path, response)
    return response
}

/// A comment form's stamp from some seconds ago, as if the reader had taken time to write.
func agedStamp(_ app: Application, _ slug: String = demoStory, secondsAgo: TimeInterval = 30) throws -> String {
    let secret = try #require(app.siteSecret)
    return FormStamp.make(secret, scope: slug, now: app.now.addingTimeInterval(-secondsAgo))
}

/// Approves every held comment, as a moderator would.
func approveAll(_ app: Application) async throws {
    let held = try await CommentQueue(database: app.db).items(status: .held, commenterKey: nil, Paging(page: 1, per: 100))
    let moved = try await CommentQueue(database: app.db).move(ids: held.items.map(\.comment.id), to: .approved)
    // As the moderation page does: the threads that changed leave the page cache.
    await app.announce(.tags(Set(moved.map { CacheTag.comments($0.articleID) })))
}

/// The cookie header for one `Set-Cookie` of a response.
func cookieHeader(_ response: TestingHTTPResponse, _ name: String) -> String? {
    response.headers.setCookie?[name].map { "\(name)=\($0.string)" }
}
