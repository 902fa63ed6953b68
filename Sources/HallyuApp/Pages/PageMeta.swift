/// What the layout needs from every page: `<title>`, description, canonical address.
struct PageMeta: Encodable, Sendable {
    var title: String
    var description: String
    var path: String
    var siteName = "Hallyu"
    /// The `<html lang>`: English pages with Hangul spans inside.
    var lang = "en"
}
