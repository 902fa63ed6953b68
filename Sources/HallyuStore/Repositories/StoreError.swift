import HallyuCore

/// A write the store refused; `message` is fit to show the person who asked for it.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A referenced entity does not exist: kind and slug.
    case missingReference(EntityKind, String)
    case invalid(String)

    public var description: String { message }

    public var message: String {
        switch self {
        case .missingReference(let kind, let slug): "no \(kind.rawValue) with the slug \"\(slug)\""
        case .invalid(let reason): reason
        }
    }
}
