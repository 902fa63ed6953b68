import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// A personal API token for a new account with this role.
func apiToken(_ app: Application, role: UserRole, email: String) async throws -> String {
    try await addAccount(app, email: email, role: role)
    let response = try await app.testing().sendRequest(
        .POST, "/api/v1/auth/tokens",
        beforeRequest: { request in
            try request.content.encode(["email": email, "password": "correct horse battery", "name": "tests"], as: .json)
        })
    struct Made: Decodable { var token: String }
    return try json(Made.self, response).token
}

/// Sends JSON to the API with a bearer token.
func api(
    _ app: Application, _ method: HTTPMethod, _ path: String, token: String?, _ body: [String: any Sendable]? = nil
)
    async throws -> TestingHTTPResponse
{
    var headers = HTTPHeaders()
    if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
    var buffer: ByteBuffer?
    if let body {
        headers.contentType = .json
        buffer = ByteBuffer(data: try JSONSerialization.data(withJSONObject: body))
    }
    let response = try await app.testing().sendRequest(method, path, headers: headers, body: buffer)
    checkAgainstAPIDocument(method, path, response)
    return response
}

/// Uploads a PNG to `POST /api/v1/media` with a bearer token, as a script does; the answer is
/// checked against the API's document like every other.
func uploadThroughAPI(
    _ app: Application, token: String, file: [UInt8], fields: [String: String], fileName: String = "upload.png", arrived: Int? = nil
) async throws -> TestingHTTPResponse {
    var (body, type) = multipartBody(fields, file: file, fileName: fileName, contentType: "image/png")
    if let arrived { body = body.getSlice(at: body.readerIndex, length: min(arrived, body.readableBytes)) ?? body }
    var headers = HTTPHeaders()
    headers.bearerAuthorization = BearerAuthorization(token: token)
    headers.contentType = type
    let response = try await app.testing().sendRequest(.POST, "/api/v1/media", headers: headers, body: body)
    checkAgainstAPIDocument(.POST, "/api/v1/media", response)
    return response
}

/// The id in an editor address (`/admin/articles/{id}/edit?done=saved`).
func articleID(fromLocation location: String?) -> String {
    location?.split(separator: "/").dropFirst(2).first.map(String.init) ?? ""
}
