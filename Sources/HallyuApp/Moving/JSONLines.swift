import Foundation

/// The lines of a JSON Lines file, read a megabyte at a time however long the file or a line
/// (a 50 MB article is one line), each with its number.
struct JSONLines {
    let path: String

    func forEach(_ body: (_ number: Int, _ line: Data) async throws -> Void) async throws {
        guard let input = FileHandle(forReadingAtPath: path) else { throw StartupError(description: "cannot read \(path)") }
        defer { try? input.close() }
        var pending = Data()
        var number = 0
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            // Only the new bytes are searched: a long line is scanned once, not once a megabyte.
            var searchFrom = pending.endIndex
            pending.append(chunk)
            var start = pending.startIndex
            while let end = pending[searchFrom...].firstIndex(of: 0x0A) {
                number += 1
                try await body(number, pending[start..<end])
                start = end + 1
                searchFrom = start
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty {
            number += 1
            try await body(number, pending)
        }
    }
}
