/// Finds the NUL character in request bodies and queries before they are decoded. No field of
/// the site has a use for it, and PostgreSQL refuses text that holds one, so a value carrying it
/// would otherwise fail at the database as a server error instead of as the client's mistake.
public enum NULCharacters {
    /// In JSON: a raw zero byte, or the escape `\u0000` (with an odd run of backslashes before
    /// the `u`, so that an escaped backslash followed by "u0000" is not one).
    public static func inJSON(_ bytes: [UInt8]) -> Bool {
        let backslash: UInt8 = 92
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { return true }
            guard byte == backslash else {
                index += 1
                continue
            }
            var run = 0
            while index < bytes.count, bytes[index] == backslash {
                run += 1
                index += 1
            }
            if run % 2 == 1, index + 4 < bytes.count, bytes[index] == UInt8(ascii: "u"),
                bytes[(index + 1)...(index + 4)].allSatisfy({ $0 == UInt8(ascii: "0") })
            {
                return true
            }
        }
        return false
    }

    /// In a form body or a query string: a raw zero byte or `%00`.
    public static func inURLEncoded(_ bytes: [UInt8]) -> Bool {
        let percent = UInt8(ascii: "%"), zero = UInt8(ascii: "0")
        for index in bytes.indices {
            if bytes[index] == 0 { return true }
            if bytes[index] == percent, index + 2 < bytes.count, bytes[index + 1] == zero, bytes[index + 2] == zero { return true }
        }
        return false
    }
}
