import Vapor

/// Looks for a file only where the path names one (`/css/site.css`, `/favicon.ico`): every
/// page's address would otherwise cost an attempt to open a file of that name first, a
/// system call on each of the cached pages' requests.
struct StaticFiles: Middleware {
    let files: FileMiddleware

    init(_ files: FileMiddleware) {
        self.files = files
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let path = request.url.path
        let name = path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...]
        guard name.contains(".") else { return next.respond(to: request) }
        return files.respond(to: request, chainingTo: next)
    }
}
