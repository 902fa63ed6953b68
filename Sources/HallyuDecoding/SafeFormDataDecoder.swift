import HallyuCore
import Vapor

/// Vapor's multipart decoder, behind checks that refuse (400) the bodies that would crash its
/// parser (see `MultipartBoundary` and `MultipartHeaderNames`) rather than handing them on, and
/// bodies cut off before their end (`MultipartEnd`).
public struct SafeFormDataDecoder: ContentDecoder {
    private let decoder = FormDataDecoder()

    public init() {}

    public func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    public func decode<D: Decodable>(
        _ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
        userInfo: [CodingUserInfoKey: Sendable]
    ) throws -> D {
        if let boundary = headers.contentType?.parameters["boundary"] {
            if let problem = MultipartBoundary.problem(boundary) {
                throw Abort(.badRequest, reason: "The multipart body could not be read: \(problem).")
            }
            if MultipartHeaderNames.haveNonASCIIByte(Array(body.readableBytesView), boundary: boundary) {
                throw Abort(.badRequest, reason: "The multipart body could not be read: a part's header name is not plain ASCII.")
            }
            if !MultipartEnd.isClosed(body.readableBytesView, boundary: boundary) {
                throw Abort(.badRequest, reason: "The multipart body could not be read: \(MultipartEnd.problem).")
            }
        }
        return try decoder.decode(D.self, from: body, headers: headers, userInfo: userInfo)
    }
}
