/// The single-use codes that sign in when the phone with the authenticator is lost: ten are
/// shown once when two-factor sign-in is turned on, and only their hashes are kept. Each is 16
/// letters of base 32 (80 bits), in groups of four so it can be read aloud and typed.
public enum RecoveryCode {
    public static let count = 10
    public static let byteLength = 10

    /// A code from ten random bytes.
    public static func make(from bytes: [UInt8]) -> String {
        let letters = Array(Base32.encode(bytes).lowercased())
        return stride(from: 0, to: letters.count, by: 4).map { String(letters[$0..<min($0 + 4, letters.count)]) }
            .joined(separator: "-")
    }

    /// A typed code as it was made, whatever its case, spaces or hyphens; nil when it cannot
    /// be one.
    public static func normalized(_ typed: String) -> String? {
        let letters = typed.lowercased().filter { $0 != "-" && !$0.isWhitespace }
        guard letters.count == 16, let bytes = Base32.decode(letters), bytes.count == byteLength else { return nil }
        return make(from: bytes)
    }
}
