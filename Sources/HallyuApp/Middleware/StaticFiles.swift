import Foundation
import Vapor

/// Serves a public folder's files through Vapor's `FileMiddleware`, but only hands it the
/// requests whose path names a file that is there. `FileMiddleware` looks for the file on a
/// thread pool from a task of its own, and the two hops (there and back to the event loop)
/// cost more than the rest of a cached page's answer: `/feed.xml` and `/sitemap.xml` have a
/// dot in their names and, from the cache, answered at two thirds of the rate of the pages
/// without one. One `stat` on the event loop is a fraction of a microsecond; a path without a
/// dot in its last part is never looked for at all.
struct StaticFiles: Middleware {
    let files: FileMiddleware
    let folder: String

    init(folder: String) {
        self.folder = folder.hasSuffix("/") ? folder : folder + "/"
        files = FileMiddleware(publicDirectory: self.folder)
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let path = request.url.path
        let name = path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...]
        guard name.contains(".") else { return next.respond(to: request) }
        // What `FileMiddleware` refuses (a path that does not decode, or climbs out of the
        // folder) it still answers itself, with its own status.
        let decoded = path.contains("%") ? path.removingPercentEncoding : path
        guard let decoded, !decoded.contains("../") else {
            return files.respond(to: request, chainingTo: next)
        }
        let file = folder + decoded.drop { $0 == "/" }
        var info = stat()
        guard file.withCString({ stat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return next.respond(to: request)
        }
        return files.respond(to: request, chainingTo: next)
    }
}
