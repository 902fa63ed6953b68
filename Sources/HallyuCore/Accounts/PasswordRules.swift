/// What a password must be. Long enough to resist guessing; no longer than bcrypt reads, since
/// it ignores every byte past the 72nd and two different passwords would then be one.
public enum PasswordRules {
    public static let minimumCharacters = 10
    public static let maximumBytes = 72

    /// Why the password cannot be used, or nil.
    public static func problem(_ password: String) -> String? {
        if password.count < minimumCharacters { return "a password needs at least \(minimumCharacters) characters" }
        if password.utf8.count > maximumBytes { return "a password can be at most \(maximumBytes) bytes long" }
        if password.allSatisfy({ $0.isWhitespace }) { return "a password cannot be only spaces" }
        return nil
    }
}
