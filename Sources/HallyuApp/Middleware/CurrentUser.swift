import HallyuCore
import HallyuStore
import Vapor

struct CurrentUserKey: StorageKey {
    typealias Value = User
}

extension Request {
    /// The newsroom account behind this request: by its session cookie on pages, by its
    /// bearer token on the API.
    var currentUser: User? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }

    /// The signed-in account, when its role allows `action`; otherwise 403 (401 when no one is
    /// signed in, which the page middleware has already turned into a sign-in redirect).
    @discardableResult
    func require(_ action: NewsroomAction) throws -> User {
        guard let user = currentUser else { throw Abort(.unauthorized, reason: "Sign in first.") }
        guard user.role.may(action) else {
            throw Abort(.forbidden, reason: "Your role (\(user.role.rawValue)) does not allow this.")
        }
        return user
    }
}

/// Admin pages: reads the session cookie; without a valid one, a GET goes to the sign-in page
/// (303) and comes back after, anything else is refused. Responses are never cached, since
/// they show what only this account may see.
struct SignedInPagesMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.currentUser = try await request.sessionUser()
        guard request.currentUser != nil else {
            let back = request.method == .GET ? request.url.string : NewsroomPaths.home
            return request.redirect(to: NewsroomPaths.login(returningTo: back))
        }
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

/// Write API: `Authorization: Bearer TOKEN` names the account; without a valid token, 401.
struct BearerTokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let token = request.headers.bearerAuthorization?.token, !token.isEmpty,
            let user = try await request.apiTokens.user(tokenHash: SecretToken.hash(token), now: request.now)
        else {
            throw Abort(
                .unauthorized, headers: ["WWW-Authenticate": "Bearer"],
                reason: "Send a personal API token as Authorization: Bearer TOKEN (make one with POST /api/v1/auth/tokens).")
        }
        request.currentUser = user
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
