import HallyuCore

/// 404 and 500 pages.
struct ErrorPageContext: Encodable, Sendable {
    var meta: PageMeta
    var status: Int
    var heading: String
    var message: String
}
