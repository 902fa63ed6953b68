import Foundation

/// Splits input into lines as CommonMark defines them.
enum SourceLines {
    /// Lines without their endings; `\n`, `\r\n` and `\r` all end a line, a final line ending does
    /// not start an extra empty line, and NUL becomes U+FFFD (the spec's rule for insecure input).
    static func split(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var previousWasCarriageReturn = false
        var sawAnything = false
        for byte in text.utf8 {
            sawAnything = true
            if byte == Bytes.newline {
                if previousWasCarriageReturn {
                    previousWasCarriageReturn = false
                    continue
                }
                lines.append(current)
                current.removeAll(keepingCapacity: true)
            } else if byte == Bytes.carriageReturn {
                lines.append(current)
                current.removeAll(keepingCapacity: true)
                previousWasCarriageReturn = true
                continue
            } else if byte == 0 {
                current.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                current.append(byte)
            }
            previousWasCarriageReturn = false
        }
        if !current.isEmpty || !sawAnything {
            lines.append(current)
        }
        return lines
    }
}
