import Foundation

/// Why a comment's text (or its author's details) cannot be taken. `message` is shown to the reader.
public enum CommentProblem: Error, Equatable, Sendable {
    case emptyBody, bodyTooLong(characters: Int), emptyName, nameTooLong, badEmail

    /// What the reader is told, in plain words next to the form.
    public var message: String {
        switch self {
        case .emptyBody: "Write something before you send your comment."
        case .bodyTooLong(let characters):
            "Comments can be at most \(grouped(CommentText.maxCharacters)) characters; this one has \(grouped(characters))."
        case .emptyName: "Give a name to show with your comment."
        case .nameTooLong: "Names can be at most \(CommentText.maxNameCharacters) characters."
        case .badEmail: "That e-mail address does not look right; leave it empty or check it."
        }
    }
}

/// Digits in groups of three ("5,210"), the same whatever the server's locale.
private func grouped(_ number: Int) -> String {
    let digits = Array(String(number.magnitude))
    var result = number < 0 ? "-" : ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return result
}

/// A reader's comment as it is taken in and shown: plain text only, so nothing a reader types
/// can become markup on the page.
public enum CommentText {
    /// The longest comment, in characters as a reader counts them (한 is one).
    public static let maxCharacters = 5000
    /// The longest name shown with a comment.
    public static let maxNameCharacters = 80

    /// The body as it will be kept: line endings made `\n`, control and direction-changing
    /// characters removed, tabs made spaces, trailing spaces and extra blank lines dropped, and
    /// the whole trimmed. Throws `.emptyBody` when nothing visible is left and `.bodyTooLong`
    /// past `maxCharacters`.
    public static func cleanBody(_ raw: String) throws(CommentProblem) -> String {
        var scalars = String.UnicodeScalarView()
        var afterReturn = false
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\r":
                scalars.append("\n")
                afterReturn = true
            case "\n":
                if !afterReturn { scalars.append("\n") }
                afterReturn = false
            case "\t":
                scalars.append(" ")
                afterReturn = false
            default:
                // A removed character between \r and \n must not turn one line break into two.
                guard !PlainTextCleaning.isRemoved(scalar) else { continue }
                scalars.append(scalar)
                afterReturn = false
            }
        }
        var lines: [Substring] = []
        for var line in String(scalars).split(separator: "\n", omittingEmptySubsequences: false) {
            while let last = line.last, last.isWhitespace { line.removeLast() }
            // One blank line separates paragraphs; more would only push the next one away.
            if line.isEmpty, let previous = lines.last, previous.isEmpty { continue }
            lines.append(line)
        }
        let body = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard PlainTextCleaning.hasVisibleCharacter(body) else { throw .emptyBody }
        let characters = body.count
        guard characters <= maxCharacters else { throw .bodyTooLong(characters: characters) }
        return body
    }

    /// The name on one line, whitespace collapsed; `.emptyName` when nothing visible is left,
    /// `.nameTooLong` past `maxNameCharacters`.
    public static func cleanName(_ raw: String) throws(CommentProblem) -> String {
        let name = PlainTextCleaning.singleLine(raw)
        guard PlainTextCleaning.hasVisibleCharacter(name) else { throw .emptyName }
        guard name.count <= maxNameCharacters else { throw .nameTooLong }
        return name
    }

    /// The optional e-mail address, trimmed and otherwise kept as typed; nil when left empty.
    /// Only plainly wrong addresses are refused (`.badEmail`): the full address grammar is so
    /// loose and so unevenly followed that a stricter check would turn away real addresses.
    public static func cleanEmail(_ raw: String?) throws(CommentProblem) -> String? {
        guard let email = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !email.isEmpty else { return nil }
        guard email.utf8.count <= 254 else { throw .badEmail }
        let refused = email.unicodeScalars.contains { scalar in
            scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint || PlainTextCleaning.isRemoved(scalar)
                || "<>()[],;:\\\"".unicodeScalars.contains(scalar)
        }
        guard !refused else { throw .badEmail }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { throw .badEmail }
        let domain = parts[1]
        guard domain.contains("."), domain.first != ".", domain.last != "." else { throw .badEmail }
        // A domain is letters (of any script), digits, hyphens and dots; anything else, such as
        // "?cc=" or "&body=", would add to a moderator's mailto link.
        guard domain.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "." })
        else { throw .badEmail }
        return email
    }

    /// The key that recognises the same person across comments: the e-mail address trimmed and
    /// lowercased, since readers type their address differently from one visit to the next.
    public static func emailKey(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The body as reader-facing HTML: paragraphs in `<p>`, line breaks as `<br>`, web
    /// addresses as `rel="nofollow ugc"` links, and everything else escaped text with Hangul
    /// marked. No other markup can come out, whatever the body holds.
    public static func html(_ body: String) -> String {
        var paragraphs: [[Substring]] = []
        var current: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.map { lines in
            "<p>" + lines.map { lineHTML(String($0)) }.joined(separator: "<br>") + "</p>"
        }.joined(separator: "\n")
    }

    /// How many web addresses the body holds, found as `html` finds them.
    public static func linkCount(_ body: String) -> Int {
        CommentLinks.find(in: body).count
    }

    private static func lineHTML(_ line: String) -> String {
        var html = ""
        var position = line.startIndex
        for link in CommentLinks.find(in: line) {
            html += escapedText(line[position..<link.range.lowerBound])
            html += "<a href=\"" + escapedAttribute(link.href) + "\" rel=\"nofollow ugc\">"
            html += escapedText(line[link.range]) + "</a>"
            position = link.range.upperBound
        }
        return html + escapedText(line[position...])
    }

    /// The shared writer leaves `'` alone, which is safe in text and double-quoted attributes;
    /// it is escaped here as well so that readers' text stays inert wherever a template puts it.
    private static func escapedText(_ text: Substring) -> String {
        guard !text.isEmpty else { return "" }
        var writer = HTMLWriter()
        writer.textMarkingKorean(String(text))
        return writer.string.replacingOccurrences(of: "'", with: "&#39;")
    }

    private static func escapedAttribute(_ value: String) -> String {
        var writer = HTMLWriter()
        writer.escaped(value)
        return writer.string.replacingOccurrences(of: "'", with: "&#39;")
    }
}
