import HallyuStore
import Vapor

/// What to tell someone whose change was refused, for the pages that send the form back: the
/// status and the words of an `Abort` the input checks threw or a `StoreError` the store did
/// (something named that does not exist is 422, what exists already 409, what is not there to
/// change 404). The write API answers with the same statuses.
/// Anything else is a fault, not a refusal, and is left to the error page.
enum Refusal {
    static func of(_ error: any Error) -> (status: HTTPStatus, message: String)? {
        if let abort = error as? any AbortError { return (abort.status, abort.reason) }
        guard let error = error as? StoreError else { return nil }
        let status: HTTPStatus = error.isMissing ? .unprocessableEntity
            : error.message.contains("already") ? .conflict
            : error.message.hasPrefix("there is no") || error.message.hasPrefix("the couple has no") ? .notFound
            : .badRequest
        return (status, error.message.capitalizedFirst + ".")
    }
}
