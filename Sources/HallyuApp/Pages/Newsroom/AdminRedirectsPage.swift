import Foundation
import HallyuCore
import HallyuStore

/// `/admin/redirects` and `/admin/redirects/{id}`.
struct AdminRedirectsPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var path: String
        var target: String
        var status: Int
        var origin: String
        var hits: Int
        var lastHit: String
        var editURL: String

        init(_ entry: Redirects.Entry, formatting: Formatting) {
            path = entry.path
            target = entry.status == 410 ? "gone" : entry.target
            status = entry.status
            origin = entry.origin == Redirects.imported ? "imported" : "added here"
            hits = entry.hits
            lastHit = entry.lastHitAt.map(formatting.dayAndTime) ?? "never"
            editURL = NewsroomPaths.redirect(entry.id)
        }
    }

    struct Renamed: Encodable, Sendable {
        var from: String
        var to: String
    }

    /// What the add (or edit) form shows: what was typed, kept on a refusal.
    struct Typed: Encodable, Sendable {
        var from = ""
        var to = ""
        var status = "301"
    }

    var meta: PageMeta
    var frame: AdminFrame
    var notice: String?
    var problem: String?
    var search: String
    var total: Int
    var rows: [Row]
    var pager: Pager
    var typed: Typed
    var csv: String
    var csvProblems: [String]
    var renamed: [Renamed]
    var renamedTotal: Int
}

/// `/admin/redirects/{id}`: one entry's form.
struct AdminRedirectPage: Encodable, Sendable {
    var meta: PageMeta
    var frame: AdminFrame
    var problem: String?
    var action: String
    var deleteAction: String
    var typed: AdminRedirectsPage.Typed
    var hits: Int
    var lastHit: String
    var origin: String
}
