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
    /// Sends a file with the form's fields; `arrived` bytes of the body only, as a connection
    /// that broke off would, when given.
    func upload(
        _ path: String, _ fields: [String: String], file: [UInt8], fileName: String,
        contentType: String = "image/png", arrived: Int? = nil
    ) async throws -> TestingHTTPResponse {
        var fields = fields
        if fields["_csrf"] == nil { fields["_csrf"] = csrf }
        var (body, type) = multipartBody(fields, file: file, fileName: fileName, contentType: contentType)
        if let arrived { body = body.getSlice(at: body.readerIndex, length: min(arrived, body.readableBytes)) ?? body }
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

/// A whole PNG of the given size, one colour, that any decoder reads (the pixels are stored
/// uncompressed): what a test uploads as an image.
func plainPNG(width: UInt32, height: UInt32, rgb: (UInt8, UInt8, UInt8) = (230, 80, 140)) -> [UInt8] {
    func bigEndian(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    func chunk(_ name: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(name.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }
    let row: [UInt8] = [0] + Array(repeating: [rgb.0, rgb.1, rgb.2], count: Int(width)).flatMap { $0 }
    let pixels: [UInt8] = Array(repeating: row, count: Int(height)).flatMap { $0 }
    // zlib without compression: stored blocks of at most 65,535 bytes, then the Adler-32 sum.
    var zlib: [UInt8] = [0x78, 0x01]
    var offset = 0
    repeat {
        let count = min(65_535, pixels.count - offset)
        let last: UInt8 = offset + count == pixels.count ? 1 : 0
        zlib += [last, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8(~count >> 8 & 0xFF)]
        zlib += pixels[offset..<(offset + count)]
        offset += count
    } while offset < pixels.count
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in pixels {
        a = (a + UInt32(byte)) % 65_521
        b = (b + a) % 65_521
    }
    zlib += bigEndian(b << 16 | a)
    return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0])
        + chunk("IDAT", zlib) + chunk("IEND", [])
}

/// PNG's checksum (CRC-32, as zlib computes it).
private func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
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
