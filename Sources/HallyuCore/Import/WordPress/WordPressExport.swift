import Foundation

/// What a WordPress export (WXR 1.1 or 1.2) holds, record by record, as its exporter writes
/// it: the site, then authors, terms, and one item per post, page, attachment or other type.
public enum WordPressRecord: Sendable {
    case site(WordPressSite)
    case author(WordPressAuthor)
    case term(WordPressTerm)
    case item(WordPressItem)
}

public struct WordPressSite: Sendable, Equatable {
    public var title = ""
    public var link = ""
    /// The address WordPress itself runs at, and the blog's own, which old links use.
    public var baseSiteURL = ""
    public var baseBlogURL = ""
    public var wxrVersion = ""
    public var language = ""

    public init() {}
}

public struct WordPressAuthor: Sendable, Equatable {
    public var id: Int?
    public var login: String
    public var email: String
    public var displayName: String
    public var firstName: String
    public var lastName: String

    public init(id: Int?, login: String, email: String, displayName: String, firstName: String, lastName: String) {
        self.id = id
        self.login = login
        self.email = email
        self.displayName = displayName
        self.firstName = firstName
        self.lastName = lastName
    }
}

/// A category, tag or term of another taxonomy; the parent is named by its slug.
public struct WordPressTerm: Sendable, Equatable {
    public var taxonomy: String
    public var id: Int?
    public var slug: String
    public var parentSlug: String
    public var name: String
    public var description: String

    public init(taxonomy: String, id: Int?, slug: String, parentSlug: String, name: String, description: String) {
        self.taxonomy = taxonomy
        self.id = id
        self.slug = slug
        self.parentSlug = parentSlug
        self.name = name
        self.description = description
    }
}

public struct WordPressComment: Sendable, Equatable {
    public var id: Int
    public var author: String
    public var email: String
    public var url: String
    /// The time as written in the site's zone, and in UTC; either may be missing.
    public var date: Date?
    public var dateGMT: Date?
    public var content: String
    /// "1", "0", "spam", "trash" (and "post-trashed" when its post was trashed).
    public var approved: String
    /// "comment" (or empty), "pingback", "trackback", or a plug-in's own.
    public var type: String
    public var parentID: Int
    public var userID: Int

    public init(
        id: Int, author: String, email: String, url: String, date: Date?, dateGMT: Date?, content: String, approved: String, type: String,
        parentID: Int, userID: Int
    ) {
        self.id = id
        self.author = author
        self.email = email
        self.url = url
        self.date = date
        self.dateGMT = dateGMT
        self.content = content
        self.approved = approved
        self.type = type
        self.parentID = parentID
        self.userID = userID
    }
}

/// A post's term: `domain` is the taxonomy ("category", "post_tag", ...).
public struct WordPressItemTerm: Sendable, Equatable {
    public var taxonomy: String
    public var slug: String
    public var name: String

    public init(taxonomy: String, slug: String, name: String) {
        self.taxonomy = taxonomy
        self.slug = slug
        self.name = name
    }
}

public struct WordPressItem: Sendable {
    public var id: Int
    public var title: String
    public var link: String
    public var guid: String
    /// The author's login.
    public var creator: String
    public var content: String
    public var excerpt: String
    /// The time as written in the site's zone (read as if it were UTC), and in UTC.
    public var date: Date?
    public var dateGMT: Date?
    public var modifiedGMT: Date?
    public var commentStatus: String
    public var slug: String
    public var status: String
    public var parentID: Int
    public var menuOrder: Int
    public var postType: String
    public var password: String
    public var isSticky: Bool
    public var attachmentURL: String
    public var terms: [WordPressItemTerm]
    /// Custom fields in the order written; a key may repeat.
    public var meta: [(key: String, value: String)]
    public var comments: [WordPressComment]
    /// The line the item starts on, for the report.
    public var line: Int
    /// Whether some of its text was not UTF-8 (those bytes became U+FFFD).
    public var hadInvalidBytes: Bool

    public init(
        id: Int, title: String, link: String, guid: String, creator: String, content: String, excerpt: String, date: Date?, dateGMT: Date?,
        modifiedGMT: Date?, commentStatus: String, slug: String, status: String, parentID: Int, menuOrder: Int, postType: String, password: String,
        isSticky: Bool, attachmentURL: String, terms: [WordPressItemTerm], meta: [(key: String, value: String)], comments: [WordPressComment],
        line: Int = 0, hadInvalidBytes: Bool = false
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.guid = guid
        self.creator = creator
        self.content = content
        self.excerpt = excerpt
        self.date = date
        self.dateGMT = dateGMT
        self.modifiedGMT = modifiedGMT
        self.commentStatus = commentStatus
        self.slug = slug
        self.status = status
        self.parentID = parentID
        self.menuOrder = menuOrder
        self.postType = postType
        self.password = password
        self.isSticky = isSticky
        self.attachmentURL = attachmentURL
        self.terms = terms
        self.meta = meta
        self.comments = comments
        self.line = line
        self.hadInvalidBytes = hadInvalidBytes
    }

    public func meta(_ key: String) -> String? { meta.first { $0.key == key }?.value }
}

/// WordPress writes times as "2024-03-15 21:30:00"; an unset time is all zeros.
public enum WordPressTime {
    public static func parse(_ text: String) -> Date? {
        let digits = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { ":- T".contains($0) }).map { Int($0) }
        guard digits.count >= 5, digits.allSatisfy({ $0 != nil }) else { return nil }
        let parts = digits.map { $0! }
        guard parts[0] > 0, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        components.hour = parts[3]
        components.minute = parts[4]
        components.second = parts.count > 5 ? parts[5] : 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }

    /// The inverse of `parse`, in UTC or in a zone `offset` seconds east of it.
    public static func format(_ date: Date, offset: Int = 0) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date.addingTimeInterval(TimeInterval(offset)))
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(c.year ?? 1970)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }
}
