import Crypto
import Foundation

/// Writes through a buffer, so an export of a million small pieces makes few system calls, and
/// hashes what it writes, so a manifest gets each file's SHA-256 without reading it again.
final class BufferedFile {
    private let handle: FileHandle
    private var buffer = Data()
    private var hash = SHA256()
    private(set) var written = 0

    init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    /// A new file at `path`, replacing one there.
    convenience init(creating path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw StartupError(description: "cannot write \(path)")
        }
        self.init(handle)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        written += text.utf8.count
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        hash.update(data: buffer)
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and closes; returns the SHA-256 of everything written, in hex.
    @discardableResult
    func close() throws -> String {
        try flush()
        try handle.close()
        return hash.finalize().hex
    }
}
