import HallyuStore
import Vapor

/// One status for each kind of store refusal, the same on newsroom pages and in the API: what
/// is not there 404, what exists already or does not fit the state of things 409, a reference
/// to nothing 422, a broken rule 400. A failure is the server's (500), and its words are for the
/// log only (`SiteErrorMiddleware` shows a general message for every 5xx).
extension StoreError: AbortError {
    public var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .alreadyExists, .conflict: .conflict
        case .missingReference: .unprocessableEntity
        case .invalid: .badRequest
        case .failure: .internalServerError
        }
    }

    public var reason: String { message.capitalizedFirst + "." }
}

/// What to tell someone whose change was refused, for the pages that send the form back: the
/// status and words of an `Abort` the input checks threw or of a `StoreError`. Anything else,
/// and any 5xx, is a fault, not a refusal, and is left to the error page.
enum Refusal {
    static func of(_ error: any Error) -> (status: HTTPStatus, message: String)? {
        guard let refusal = error as? any AbortError, refusal.status.code < 500 else { return nil }
        return (refusal.status, refusal.reason)
    }
}
