import Vapor

/// The site's own error pages, which keep their status code.
enum ErrorPage {
    static func response(for request: Request, status: HTTPResponseStatus, message: String, headers: HTTPHeaders) async -> Response {
        let notFound = status == .notFound
        let context = ErrorPageContext(
            meta: PageMeta(title: notFound ? "Page not found" : "Something went wrong", description: "", path: request.url.path),
            status: Int(status.code),
            heading: notFound ? "We couldn't find that page" : (status.code >= 500 ? "Something went wrong" : status.reasonPhrase),
            message: notFound
                ? "It may have moved, or it was never published. Try the front page or search."
                : (status.code >= 500 ? "The error has been logged. Please try again in a moment." : message))
        let response: Response
        do {
            response = try await context.response(for: request)
        } catch {
            response = Response(body: .init(string: "\(status.code) \(context.heading)\n"))
            response.headers.contentType = .plainText
        }
        response.status = status
        for (name, value) in headers where name.lowercased() != "content-type" && name.lowercased() != "content-length" {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        return response
    }
}
