/// A check of multipart bodies before they are parsed. The multipart parser the web framework
/// uses (vapor/multipart-kit 4.7.1, `Sources/MultipartKit/MultipartParser.swift`: the
/// `allowedHeaderFieldNameCharacterFlags` table) looks each byte of a part's header name up in a
/// table of 128 entries, and a byte above 127 indexes past its end and stops the whole server
/// instead of failing the request; every upload and every form a client chooses to send as
/// multipart/form-data reaches that parser.
public enum MultipartHeaderNames {
    /// True when some part's header name holds a byte outside ASCII. Every place the boundary
    /// occurs is treated as the start of a part, so no header section the parser could read
    /// goes unchecked, however it matches the boundary.
    public static func haveNonASCIIByte(_ body: [UInt8], boundary: String) -> Bool {
        let delimiter = Array(("--" + boundary).utf8)
        guard !delimiter.isEmpty, body.count >= delimiter.count else { return false }
        var start = 0
        while let found = firstIndex(of: delimiter, in: body, from: start) {
            if headerNamesHaveNonASCIIByte(body, from: found + delimiter.count) { return true }
            start = found + 1
        }
        return false
    }

    /// Follows the parser through the header lines after a delimiter: a line break, then a name
    /// up to a colon and a value up to a carriage return (a bare line feed belongs to the value),
    /// which a line feed must follow, until a line that is empty. Where the parser would stop at
    /// a syntax error this reads on, which finds more, never less.
    private static func headerNamesHaveNonASCIIByte(_ body: [UInt8], from index: Int) -> Bool {
        let cr: UInt8 = 13, lf: UInt8 = 10, colon: UInt8 = 58
        guard index + 1 < body.count, body[index] == cr, body[index + 1] == lf else { return false }
        var cursor = index + 2
        while cursor < body.count {
            var nameLength = 0
            while cursor < body.count, !(body[cursor] == colon && nameLength > 0) {
                if body[cursor] == cr && nameLength == 0 { return false }
                if body[cursor] > 127 { return true }
                nameLength += 1
                cursor += 1
            }
            while cursor < body.count, body[cursor] != cr { cursor += 1 }
            guard cursor + 1 < body.count, body[cursor + 1] == lf else { return false }
            cursor += 2
        }
        return false
    }

    private static func firstIndex(of pattern: [UInt8], in body: [UInt8], from start: Int) -> Int? {
        guard start <= body.count - pattern.count else { return nil }
        var index = start
        while index <= body.count - pattern.count {
            if body[index] == pattern[0], body[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
