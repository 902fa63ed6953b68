import Foundation
import HallyuCore

/// `/admin/kb/titles` and `/admin/kb/organizations`: a list, or one entry's form.
struct AdminEntriesPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var name: String
        var detail: String
        var editURL: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    /// "Titles" or "Organizations".
    var heading: String
    var listURL: String
    var rows: [Row]
    var pager: Pager?
    /// The form, when one entry (or a new one) is open.
    var formTitle: String?
    var action: String?
    var publicURL: String?
    var fields: [NewsroomFormField]
    /// A title's cast, with the form that adds a role.
    var cast: [Row]
    var castAction: String?
    var notice: String?
    var problem: String?
}
