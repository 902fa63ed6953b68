import Foundation
import HallyuCore
import HallyuStore
import Vapor
import VaporTesting

@testable import HallyuApp

/// A browser for the newsroom's forms: keeps cookies between requests, as a real one does,
/// and reads the CSRF token from the last page.
final class Browser {
    let app: Application
    var cookies: [String: String] = [:]
    var lastPage = ""
    /// Sent as `X-Forwarded-For` when set (for tests through a trusted proxy).
    var forwardedFor: String?
    /// Sent as `User-Agent` when set.
    var userAgent: String?

    init(_ app: Application) {
        self.app = app
    }

    /// The `_csrf` value of the last page's first form.
    var csrf: String {
        guard let range = lastPage.range(of: #"name="_csrf" value="([^"]*)""#, options: .regularExpression) else { return "" }
        return String(lastPage[range].dropFirst(#"name="_csrf" value=""#.count).dropLast())
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form; `_csrf` is added from the last page unless the fields carry one.
    @discardableResult
    func post(_ path: String, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        var fields = fields
        if fields["_csrf"] == nil { fields["_csrf"] = csrf }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
        return try await send(.POST, path, body: body)
    }

    /// Posts a multipart form with one file, as a browser uploads; `_csrf` as for `post`.
    @discardableResult
    func upload(
        _ path: String, _ fields: [String: String], file: [UInt8], fileName: String,
        contentType: String = "image/png"
    ) async throws -> TestingHTTPResponse {
        var fields = fields
        if fields["_csrf"] == nil { fields["_csrf"] = csrf }
        let (body, type) = multipartBody(fields, file: file, fileName: fileName, contentType: contentType)
        return try await send(.POST, path, body: body, contentType: type)
    }

    /// Posts an encoded form body as it is (for fields that repeat, such as `ids[]`).
    @discardableResult
    func send(form body: String, to path: String = "/admin/comments") async throws -> TestingHTTPResponse {
        try await send(.POST, path, body: body)
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> TestingHTTPResponse {
        try await send(method, path, body: body.map { ByteBuffer(string: $0) }, contentType: body == nil ? nil : .urlEncodedForm)
    }

    private func send(
        _ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: HTTPMediaType?
    ) async throws
        -> TestingHTTPResponse
    {
        var headers = HTTPHeaders()
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        if let forwardedFor { headers.add(name: .xForwardedFor, value: forwardedFor) }
        if let userAgent { headers.add(name: .userAgent, value: userAgent) }
        if let contentType { headers.contentType = contentType }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if value.string.isEmpty || value.maxAge == 0 { cookies[name] = nil } else { cookies[name] = value.string }
        }
        if response.headers.contentType?.subType == "html" { lastPage = response.body.string }
        return response
    }
}

/// A multipart/form-data body with text fields and one file part called `file`.
func multipartBody(
    _ fields: [String: String], file: [UInt8], fileName: String, contentType: String
)
    -> (ByteBuffer, HTTPMediaType)
{
    let boundary = "hallyu-test-\(UUID().uuidString)"
    var body = ByteBuffer()
    for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
    }
    body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n")
    body.writeString("Content-Type: \(contentType)\r\n\r\n")
    body.writeBytes(file)
    body.writeString("\r\n--\(boundary)--\r\n")
    return (body, HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
}

/// A PNG header of the given size: enough for the library, which reads only the header.
func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
    func bigEndian(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + bigEndian(width) + bigEndian(height)
        + [8, 2, 0, 0, 0, 0, 0, 0, 0] + Array(repeating: 0, count: 64)
}

/// Adds an account that can sign in, with a bcrypt hash as the app makes them.
@discardableResult
func addAccount(_ app: Application, email: String, role: UserRole, password: String = "correct horse battery") async throws -> User {
    let hash = try await app.password.async.hash(password)
    return try await Accounts(database: app.db).add(
        User(
            id: "", slug: "", name: "\(role.rawValue.capitalized) \(email.prefix(3))",
            email: email, role: role), passwordHash: hash)
}

/// A browser signed in as a new account with this role.
func signedIn(_ app: Application, as role: UserRole, email: String? = nil) async throws -> Browser {
    let address = email ?? "\(role.rawValue)@news.test"
    try await addAccount(app, email: address, role: role)
    let browser = Browser(app)
    try await browser.get("/admin/login")
    try await browser.post("/admin/login", ["email": address, "password": "correct horse battery"])
    return browser
}
