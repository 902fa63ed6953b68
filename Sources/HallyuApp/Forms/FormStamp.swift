import Foundation
import Vapor

/// The signed time a comment form was shown. People take a few seconds at least to write a
/// comment; scripts that post the moment they read the page do not, and cannot forge a time.
enum FormStamp {
    static let field = "_stamp"
    /// The least time between showing the form and sending it.
    static let minimumAge: TimeInterval = 3
    /// After a day the page is stale; a reload gives a fresh stamp and keeps nothing from the
    /// reader, since the form with its text comes back.
    static let maximumAge: TimeInterval = 86_400

    /// `scope` ties the stamp to one form (the article's slug), so a stamp is good for no other.
    static func make(_ secret: SiteSecret, scope: String, now: Date) -> String {
        let time = String(Int(now.timeIntervalSince1970))
        return time + "." + signature(secret, time: time, scope: scope)
    }

    /// Why the stamp is refused, or nil when it is good.
    static func problem(_ stamp: String?, secret: SiteSecret, scope: String, now: Date) -> String? {
        let expired = "This form has expired. Your comment is still here: send it again."
        guard let stamp, case let parts = stamp.split(separator: "."), parts.count == 2,
            let seconds = Double(parts[0]), SecretToken.equal(String(parts[1]), signature(secret, time: String(parts[0]), scope: scope))
        else {
            return expired
        }
        let age = now.timeIntervalSince1970 - seconds
        if age < minimumAge { return "That was quick! Please check your comment and send it again." }
        if age > maximumAge { return expired }
        return nil
    }

    private static func signature(_ secret: SiteSecret, time: String, scope: String) -> String {
        secret.sign("form-stamp|\(time)|\(scope)")
    }
}
