import Foundation
import HallyuCore
import Logging
import NIOConcurrencyHelpers

/// `LOG_FORMAT=json`: one JSON object a line on standard error, for a log collector: `time`
/// (UTC, milliseconds), `level`, `message`, `logger`, then the entry's metadata as fields (the
/// request's `request_id`, and for each answered request `method`, `route`, `status`,
/// `duration_ms` and `cache`). A line is written in one call, so lines from several threads
/// never interleave.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    init(label: String) {
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields = metadata
        if let provided = metadataProvider?.get() { fields.merge(provided) { $1 } }
        if let entry = event.metadata { fields.merge(entry) { $1 } }
        Self.write(Self.line(time: Date(), level: event.level, message: "\(event.message)", label: label, fields: fields))
    }

    /// The line for one entry, newline included. Field names the entry gives that clash with
    /// the fixed ones are written once, the fixed one winning.
    static func line(time: Date, level: Logger.Level, message: String, label: String, fields: Logger.Metadata) -> String {
        var line = "{\"time\":\"" + timestamp(time) + "\",\"level\":\"" + level.rawValue + "\",\"message\":"
        line += JSONText.quoted(message) + ",\"logger\":" + JSONText.quoted(label)
        for key in fields.keys.sorted() where !["time", "level", "message", "logger"].contains(key) {
            line += "," + JSONText.quoted(key) + ":" + value(fields[key]!)
        }
        return line + "}\n"
    }

    private static func value(_ value: Logger.Metadata.Value) -> String {
        switch value {
        case .string(let text): JSONText.quoted(text)
        case .stringConvertible(let number as any BinaryInteger): "\(number)"
        case .stringConvertible(let number as Double) where number.isFinite: "\(number)"
        case .stringConvertible(let convertible): JSONText.quoted(convertible.description)
        case .array(let values): "[" + values.map(Self.value).joined(separator: ",") + "]"
        case .dictionary(let entries):
            "{" + entries.keys.sorted().map { JSONText.quoted($0) + ":" + Self.value(entries[$0]!) }.joined(separator: ",") + "}"
        }
    }

    private static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(milliseconds % 1000))
    }

    private static let output = NIOLock()

    private static func write(_ line: String) {
        var bytes = Array(line.utf8)
        output.withLock {
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeMutableBytes { buffer in
                    Foundation.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written <= 0 {
                    if written < 0, errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
