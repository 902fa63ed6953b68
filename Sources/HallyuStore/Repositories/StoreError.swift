import HallyuCore

/// Why the store refused a write or could not answer, by kind: callers decide what to tell the
/// requester from the kind alone (the App maps each to one HTTP status for pages and API alike),
/// never from the words. `message` is fit to show the person who asked, except for `failure`'s,
/// which describes a fault for the log.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the change is about is not there: a quote, a couple's entry, an account, a revision.
    case notFound(String)
    /// What the change would add is there already: a couple, a quote, a role, a slug in use.
    case alreadyExists(String)
    /// An entity the change refers to does not exist: kind and slug.
    case missingReference(EntityKind, String)
    /// The change does not fit the state of what it touches: a step the article's status does
    /// not allow, the only admin, an image articles still show.
    case conflict(String)
    /// The input breaks a rule: a name missing, a slug malformed, a source not given.
    case invalid(String)
    /// The database did not answer as it should: not the requester's doing.
    case failure(String)

    public var description: String { message }

    /// What was just written could not be read back: something else changed it in between. The
    /// write stands, so this is the server's failure, not a refusal.
    public static func unreadable(_ kind: EntityKind, _ slug: String) -> StoreError {
        .failure("the \(kind.rawValue) \"\(slug)\" was written but could not be read back")
    }

    public var message: String {
        switch self {
        case .missingReference(let kind, let slug): "no \(kind.rawValue) with the slug \"\(slug)\""
        case .notFound(let text), .alreadyExists(let text), .conflict(let text), .invalid(let text), .failure(let text): text
        }
    }
}
