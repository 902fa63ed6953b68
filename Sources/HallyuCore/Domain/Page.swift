/// One page of a longer list, with what is needed to show the pager.
public struct Paged<Item: Sendable>: Sendable {
    public var items: [Item]
    public var page: Int
    public var per: Int
    public var total: Int

    public init(items: [Item], page: Int, per: Int, total: Int) {
        self.items = items
        self.page = page
        self.per = per
        self.total = total
    }

    public var pageCount: Int { max(1, (total + per - 1) / per) }
    public var hasNext: Bool { page < pageCount }
    public var hasPrevious: Bool { page > 1 }

    /// The same page with its items transformed.
    public func map<T: Sendable>(_ transform: (Item) throws -> T) rethrows -> Paged<T> {
        Paged<T>(items: try items.map(transform), page: page, per: per, total: total)
    }
}

/// A validated page request: `page` ≥ 1 and `per` in 1...100, as the contract sets.
public struct Paging: Sendable, Hashable {
    public static let maxPer = 100
    public let page: Int
    public let per: Int

    public init(page: Int = 1, per: Int = 20) throws(PagingError) {
        guard page >= 1 else { throw .invalidPage }
        guard per >= 1 else { throw .invalidPer }
        guard per <= Paging.maxPer else { throw .perTooLarge }
        guard page <= 1_000_000 else { throw .invalidPage }
        self.page = page
        self.per = per
    }

    /// Parses the raw query values; nil means "not given".
    public init(page: String?, per: String?, defaultPer: Int = 20) throws(PagingError) {
        func number(_ text: String?, _ error: PagingError) throws(PagingError) -> Int? {
            guard let text else { return nil }
            guard let value = Int(text) else { throw error }
            return value
        }
        try self.init(page: try number(page, .invalidPage) ?? 1, per: try number(per, .invalidPer) ?? defaultPer)
    }

    public var offset: Int { (page - 1) * per }
}

/// Why a page request was refused; `message` is what the client is told.
public enum PagingError: Error, Sendable, Equatable {
    case invalidPage, invalidPer, perTooLarge

    public var message: String {
        switch self {
        case .invalidPage: "page must be a whole number from 1 to 1000000"
        case .invalidPer: "per must be a whole number from 1 to \(Paging.maxPer)"
        case .perTooLarge: "per may be at most \(Paging.maxPer)"
        }
    }
}
