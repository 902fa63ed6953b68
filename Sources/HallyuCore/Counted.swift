/// "1 session", "3 sessions": a number with its noun, for the notes and log lines that count
/// things (English nouns that take an s).
public func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
