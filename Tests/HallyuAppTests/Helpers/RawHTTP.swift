import Foundation
import NIOCore
import NIOPosix

/// HTTP/1.1 over a plain socket, for tests of the server itself: what is sent is exactly what
/// is written (pipelined requests, spoofed headers), and what comes back is read as bytes.
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Writes `request` on a new connection and reads until the server closes it (the last
    /// request should say `Connection: close`), or until `timeout`.
    /// `methods` names the method of each request sent, where one is a HEAD (whose answer has
    /// a length but no body); otherwise the method is read from the start of `request`.
    static func exchange(port: Int, _ request: String, methods: [String]? = nil, timeout: Duration = .seconds(20)) async throws -> [Response] {
        let bytes = Array(request.utf8)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let received = try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(ByteBuffer(bytes: bytes))
                    var all: [UInt8] = []
                    for try await chunk in inbound { all += chunk.readableBytesView }
                    return all
                }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let received else { throw RawHTTPError(reason: "the server did not close the connection within \(timeout)") }
        return try parse(received, methods: methods ?? [String(request.prefix { $0 != " " })])
    }

    /// Responses one after the other, framed by `Content-Length` or chunked encoding.
    static func parse(_ bytes: [UInt8], methods: [String]) throws -> [Response] {
        var responses: [Response] = []
        var index = 0
        let separator = Array("\r\n\r\n".utf8)
        while index < bytes.count {
            guard let end = find(separator, in: bytes, from: index) else { throw RawHTTPError(reason: "a head without its end") }
            let lines = String(decoding: bytes[index..<end], as: UTF8.self).components(separatedBy: "\r\n")
            let status = Int(lines[0].split(separator: " ").dropFirst().first ?? "") ?? 0
            let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            var response = Response(status: status, headers: headers, body: [])
            index = end + separator.count
            if methods.indices.contains(responses.count) && methods[responses.count] == "HEAD" || status == 304 || status == 204 || status < 200 {
                // no body
            } else if response.header("transfer-encoding")?.lowercased() == "chunked" {
                while true {
                    guard let lineEnd = find(Array("\r\n".utf8), in: bytes, from: index),
                        let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self), radix: 16)
                    else { throw RawHTTPError(reason: "a bad chunk") }
                    index = lineEnd + 2
                    if size == 0 {
                        index += 2
                        break
                    }
                    response.body += bytes[index..<(index + size)]
                    index += size + 2
                }
            } else {
                let length = Int(response.header("content-length") ?? "0") ?? 0
                guard index + length <= bytes.count else { throw RawHTTPError(reason: "a body shorter than its length") }
                response.body = Array(bytes[index..<(index + length)])
                index += length
            }
            responses.append(response)
        }
        return responses
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}

struct RawHTTPError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
