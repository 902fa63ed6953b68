import Foundation

/// Words and addresses an admin keeps out of comments, one entry per line.
public struct Blocklist: Sendable, Equatable {
    /// Words and phrases, lowercased, one space between the words of a phrase.
    public var words: [String]
    /// Lowercased full addresses ("spam@example.com") or whole domains written "@example.com".
    public var emails: [String]
    /// Client addresses or CIDR ranges, as `AddressRange` reads them.
    public var addresses: [String]

    /// Reads the admin's text: blank lines and `#` notes are skipped; a line with `@` is an
    /// e-mail entry, an IP address or range an address entry, anything else a word or phrase.
    /// Repeated entries (in any case) are kept once, where they first appear.
    public init(text: String) {
        var words: [String] = []
        var emails: [String] = []
        var addresses: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let entry = line.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            if entry.contains("@") {
                emails.append(entry)
            } else if AddressRange.isValid(entry) {
                addresses.append(entry)
            } else {
                words.append(entry)
            }
        }
        self.init(words: words, emails: emails, addresses: addresses)
    }

    /// A blocklist of the given entries, lowercased and without repeats.
    public init(words: [String] = [], emails: [String] = [], addresses: [String] = []) {
        self.words = Blocklist.unique(words.map(PlainTextCleaning.singleLine))
        self.emails = Blocklist.unique(emails.map(CommentText.emailKey))
        self.addresses = Blocklist.unique(addresses.map { $0.trimmingCharacters(in: .whitespaces) })
    }

    private static func unique(_ entries: [String]) -> [String] {
        var seen = Set<String>()
        return entries.map { $0.lowercased() }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The admin's text as it may be kept: control characters (which no entry needs, and some
    /// databases refuse) removed, line endings made `\n`.
    public static func storable(_ text: String) -> String {
        PlainTextCleaning.removingHidden(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    /// The text form, one entry per line (words, then e-mails, then addresses), so the admin
    /// page can show it back.
    public var text: String {
        (words + emails + addresses).joined(separator: "\n")
    }

    /// True when there is nothing to check against.
    public var isEmpty: Bool {
        words.isEmpty && emails.isEmpty && addresses.isEmpty
    }

    /// The first entry that matches the comment, or nil. Words match the name or body as whole
    /// words ("cash" finds "Free CASH now", not "cashmere"); Hangul words match anywhere, since
    /// Korean attaches particles to the word itself (돈을, 돈이). A "@domain" entry covers that
    /// domain and its subdomains; address entries match the client address or its range.
    public func match(name: String, email: String?, body: String, address: String) -> String? {
        let texts = [Array(Self.folded(name)), Array(Self.folded(body))]
        for word in words {
            let parts = Self.folded(word).split(whereSeparator: \.isWhitespace).map { Array($0) }
            guard !parts.isEmpty else { continue }
            let wholeWords = !word.unicodeScalars.contains(where: HangulRuns.isHangul)
            if texts.contains(where: { Self.occurs(parts, in: $0, wholeWords: wholeWords) }) { return word }
        }
        if let email {
            let key = CommentText.emailKey(email)
            let domain = key.lastIndex(of: "@").map { String(key[key.index(after: $0)...]) }
            for entry in emails {
                let entryKey = CommentText.emailKey(entry)
                if entryKey.hasPrefix("@") {
                    let blocked = String(entryKey.dropFirst())
                    if let domain, !blocked.isEmpty, domain == blocked || domain.hasSuffix("." + blocked) { return entry }
                } else if key == entryKey {
                    return entry
                }
            }
        }
        for entry in addresses where AddressRange.contains([entry], address) {
            return entry
        }
        return nil
    }

    /// Text as the blocklist compares it: compatibility forms folded (full-width letters, ligatures),
    /// lower case, and without the invisible characters (zero-width spaces, soft hyphens) that
    /// would otherwise split "ca\u{200B}sino" into something no entry matches.
    static func folded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
        where !scalar.properties.isDefaultIgnorableCodePoint {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Whether the parts appear in order with whitespace between them (any amount, as a phrase
    /// may be spread over a line break), and, for `wholeWords`, not inside a longer word.
    private static func occurs(_ parts: [[Character]], in text: [Character], wholeWords: Bool) -> Bool {
        guard let first = parts.first?.first, let last = parts.last?.last else { return false }
        for start in text.indices where text[start] == first {
            if wholeWords && isWordCharacter(first) && start > 0 && isWordCharacter(text[start - 1]) { continue }
            guard let end = end(of: parts, in: text, from: start) else { continue }
            if wholeWords && isWordCharacter(last) && end < text.count && isWordCharacter(text[end]) { continue }
            return true
        }
        return false
    }

    private static func end(of parts: [[Character]], in text: [Character], from start: Int) -> Int? {
        var index = start
        for (number, part) in parts.enumerated() {
            if number > 0 {
                guard index < text.count, text[index].isWhitespace else { return nil }
                while index < text.count, text[index].isWhitespace { index += 1 }
            }
            guard index + part.count <= text.count, text[index..<(index + part.count)].elementsEqual(part) else { return nil }
            index += part.count
        }
        return index
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
