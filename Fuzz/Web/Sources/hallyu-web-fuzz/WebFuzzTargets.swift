import Foundation
import HallyuDecoding
import Vapor

/// The libFuzzer entry point of the request-body decoders, as the site installs them
/// (`Application.useCheckingDecoders`): the checks in front and Vapor's parsers behind them.
/// `HALLYU_FUZZ_TARGET` names the one to feed. A decoder may refuse what it is given (a 400 to
/// the client); only a crash, a hang, a leak or a memory error is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func hallyuWebFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    WebFuzzTarget.chosen.feed(bytes)
    return 0
}

enum WebFuzzTarget: String, CaseIterable {
    case multipart, form, json

    static let chosen: WebFuzzTarget = {
        let name = ProcessInfo.processInfo.environment["HALLYU_FUZZ_TARGET"] ?? ""
        guard let target = WebFuzzTarget(rawValue: name) else {
            fatalError("set HALLYU_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        Application.useCheckingDecoders()
        return target
    }()

    func feed(_ bytes: [UInt8]) {
        switch self {
        case .multipart:
            // The first line is the boundary, so the fuzzer varies it as clients do; the rest is
            // the body. Decoded as an upload form with a file and as loose fields.
            let split = bytes.firstIndex(of: 10) ?? bytes.count
            let boundary = String(decoding: bytes[..<split], as: UTF8.self)
            let body = Array(bytes[min(split + 1, bytes.count)...])
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
            Self.decode(body, as: .formData, headers: headers)
        case .form:
            Self.decode(bytes, as: .urlEncodedForm)
            // The same text as a query string, through the query decoder.
            let query = String(decoding: bytes, as: UTF8.self)
            let uri = URI(string: "/search?" + query)
            _ = try? ContentConfiguration.global.requireURLDecoder().decode(UploadFields.self, from: uri)
            _ = try? ContentConfiguration.global.requireURLDecoder().decode([String: String].self, from: uri)
        case .json:
            Self.decode(bytes, as: .json)
        }
    }

    private static func decode(_ bytes: [UInt8], as type: HTTPMediaType, headers: HTTPHeaders = [:]) {
        guard let decoder = try? ContentConfiguration.global.requireDecoder(for: type) else {
            fatalError("no decoder for \(type)")
        }
        var buffer = ByteBufferAllocator().buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        _ = try? decoder.decode(UploadFields.self, from: buffer, headers: headers)
        _ = try? decoder.decode([String: String].self, from: buffer, headers: headers)
    }
}

/// The shapes the site's forms and API bodies take: text, numbers, flags, dates, lists, nested
/// fields and an uploaded file.
struct UploadFields: Decodable {
    var title: String?
    var body: String?
    var count: Int?
    var share: Double?
    var published: Bool?
    var at: Date?
    var tags: [String]?
    var credit: [String: String]?
    var file: File?
}
