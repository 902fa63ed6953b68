import Foundation

/// Splits input into lines as CommonMark defines them.
enum SourceLines {
    /// Lines without their endings; `\n`, `\r\n` and `\r` all end a line, a final line ending does
    /// not start an extra empty line, and NUL becomes U+FFFD (the spec's rule for insecure input).
    static func split(_ text: String) -> [[UInt8]] {
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = []
        var start = 0
        var index = 0
        var sawNUL = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(line(bytes, start..<index, replacingNUL: sawNUL))
                sawNUL = false
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                if byte == 0 { sawNUL = true }
                index += 1
            }
        }
        if start < bytes.count || bytes.isEmpty {
            lines.append(line(bytes, start..<bytes.count, replacingNUL: sawNUL))
        }
        return lines
    }

    private static func line(_ bytes: [UInt8], _ range: Range<Int>, replacingNUL: Bool) -> [UInt8] {
        guard replacingNUL else { return Array(bytes[range]) }
        var line: [UInt8] = []
        line.reserveCapacity(range.count + 8)
        for index in range {
            if bytes[index] == 0 {
                line.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                line.append(bytes[index])
            }
        }
        return line
    }
}
