import Foundation
import HallyuCore
import HallyuStore

/// `/admin`.
struct AdminHomePage: Encodable, Sendable {
    var meta: PageMeta
    var frame: AdminFrame
    /// What the account's role allows, in words.
    var abilities: [String]
    /// Comments waiting for a moderator; 0 for those who do not moderate.
    var heldComments: Int
}
