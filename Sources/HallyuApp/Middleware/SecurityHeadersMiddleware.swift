import Vapor

/// Headers every response carries. The content security policy allows no third-party script,
/// style or font; frames are allowed only from the hosts of click-to-load embeds, which the
/// reader's click creates.
struct SecurityHeadersMiddleware: Middleware {
    static let contentSecurityPolicy = [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "font-src 'self'",
        "frame-src https://www.youtube-nocookie.com https://www.instagram.com https://platform.twitter.com https://www.tiktok.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ].joined(separator: "; ")

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            Self.secure(&response.headers)
            return response
        }
    }

    /// Also called by the front that answers cached pages before Vapor sees the request.
    static func secure(_ headers: inout HTTPHeaders) {
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        // A page that asked for a stricter one keeps it (a reset link's page sends none at all).
        if !headers.contains(name: "Referrer-Policy") {
            headers.add(name: "Referrer-Policy", value: "strict-origin-when-cross-origin")
        }
        // The raw header, not `contentType`, which parses every parameter on every response.
        if headers.first(name: .contentType)?.lowercased().hasPrefix("text/html") == true {
            headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
            headers.replaceOrAdd(name: "X-Frame-Options", value: "SAMEORIGIN")
        }
    }
}
