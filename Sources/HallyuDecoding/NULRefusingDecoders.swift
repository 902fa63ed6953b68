import HallyuCore
import Vapor

/// The site's JSON and form decoders, behind a check that refuses (400) a body holding the NUL
/// character (see `NULCharacters`).
public struct NULRefusingDecoder: ContentDecoder {
    public enum Format: Sendable { case json, urlEncoded }

    let decoder: any ContentDecoder
    let format: Format

    public init(decoder: any ContentDecoder, format: Format) {
        self.decoder = decoder
        self.format = format
    }

    public func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    public func decode<D: Decodable>(
        _ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
        userInfo: [CodingUserInfoKey: Sendable]
    ) throws -> D {
        let bytes = Array(body.readableBytesView)
        if format == .json ? NULCharacters.inJSON(bytes) : NULCharacters.inURLEncoded(bytes) { throw NULRefusingDecoder.refusal }
        return try decoder.decode(D.self, from: body, headers: headers, userInfo: userInfo)
    }

    public static var refusal: Abort {
        Abort(.badRequest, reason: "The request holds a NUL character (U+0000), which no field accepts.")
    }
}

/// The query decoder, with the same check.
public struct NULRefusingQueryDecoder: URLQueryDecoder {
    let decoder = URLEncodedFormDecoder()

    public init() {}

    public func decode<D: Decodable>(_ decodable: D.Type, from url: URI) throws -> D {
        try decode(D.self, from: url, userInfo: [:])
    }

    public func decode<D: Decodable>(_ decodable: D.Type, from url: URI, userInfo: [CodingUserInfoKey: Sendable]) throws -> D {
        if let query = url.query, NULCharacters.inURLEncoded(Array(query.utf8)) { throw NULRefusingDecoder.refusal }
        return try decoder.decode(D.self, from: url, userInfo: userInfo)
    }
}

extension Application {
    /// Puts the checking decoders in place of Vapor's own. The configuration is process-wide.
    public static func useCheckingDecoders() {
        ContentConfiguration.global.use(decoder: SafeFormDataDecoder(), for: .formData)
        ContentConfiguration.global.use(decoder: NULRefusingDecoder(decoder: JSONDecoder.custom(dates: .iso8601), format: .json), for: .json)
        ContentConfiguration.global.use(
            decoder: NULRefusingDecoder(decoder: URLEncodedFormDecoder(), format: .urlEncoded),
            for: .urlEncodedForm)
        ContentConfiguration.global.use(urlDecoder: NULRefusingQueryDecoder())
    }
}
