import Foundation
import HallyuCore

/// `/admin/media`.
struct AdminMediaPage: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var id: String
        var url: String
        var fileName: String
        var alt: String
        var caption: String
        var credit: String
        var sourceURL: String
        var licence: String
        var size: String
        var uses: Int
        var missing: [String]
    }

    /// What was typed into the upload form, kept when it is sent back.
    struct Typed: Encodable, Sendable {
        var alt = ""
        var caption = ""
        var credit = ""
        var sourceURL = ""
        var licence = ""
    }

    var meta: PageMeta
    var frame: AdminFrame
    var query: String
    var items: [Item]
    var pager: Pager
    var typed: Typed
    var notice: String?
    var problem: String?
    var maxMegabytes: Int
}
