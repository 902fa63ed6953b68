import Foundation

extension InlineParser {
    /// A `<`: an autolink, else an HTML tag (kept as raw text), else a literal `<`.
    mutating func angleBracket() {
        if let (destination, label, next) = autolink(at: position) {
            tree.append(.autolink(tree.payload(destination, label)))
            position = next
        } else if let next = html.tag(subject, position, end: end) {
            tree.append(.rawHTML(position..<next))
            position = next
        } else {
            appendText(position..<(position + 1))
            position += 1
        }
    }

    private mutating func autolink(at index: Int) -> (String, String, Int)? {
        uriAutolink(at: index) ?? emailAutolink(at: index)
    }

    /// `<scheme:anything-but-spaces-and-brackets>`, with a scheme of 2 to 32 characters.
    private mutating func uriAutolink(at index: Int) -> (String, String, Int)? {
        var position = index + 1
        guard position < end, Bytes.isLetter(subject[position]) else { return nil }
        position += 1
        while position < end && position - index <= 33
            && (Bytes.isAlphanumeric(subject[position]) || subject[position] == Bytes.plus
                || subject[position] == Bytes.period || subject[position] == Bytes.hyphen)
        {
            position += 1
        }
        let schemeLength = position - index - 1
        guard (2...32).contains(schemeLength), position < end, subject[position] == Bytes.colon else { return nil }
        while position < end {
            let byte = subject[position]
            if byte == Bytes.greaterThan {
                let text = Bytes.string(subject, (index + 1)..<position)
                return (URLNormalisation.normalise(Array(subject[(index + 1)..<position])), text, position + 1)
            }
            if byte == Bytes.lessThan || byte <= 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// `<local@domain>` per the HTML spec's e-mail grammar, linked with `mailto:`.
    private mutating func emailAutolink(at index: Int) -> (String, String, Int)? {
        var position = index + 1
        while position < end && isEmailLocalByte(subject[position]) { position += 1 }
        guard position > index + 1, position < end, subject[position] == UInt8(ascii: "@") else { return nil }
        position += 1
        var labels = 0
        while true {
            let labelStart = position
            while position < end && (Bytes.isAlphanumeric(subject[position]) || subject[position] == Bytes.hyphen)
                && position - labelStart < 63
            {
                position += 1
            }
            let length = position - labelStart
            guard length > 0, subject[labelStart] != Bytes.hyphen, subject[position - 1] != Bytes.hyphen else { return nil }
            labels += 1
            guard position < end else { return nil }
            if subject[position] == Bytes.period {
                position += 1
                continue
            }
            guard subject[position] == Bytes.greaterThan else { return nil }
            let text = Bytes.string(subject, (index + 1)..<position)
            return ("mailto:" + URLNormalisation.normalise(Array(subject[(index + 1)..<position])), text, position + 1)
        }
    }

    private mutating func isEmailLocalByte(_ byte: UInt8) -> Bool {
        Bytes.isAlphanumeric(byte) || Self.emailLocalPunctuation.contains(byte)
    }

    private static let emailLocalPunctuation = Set(".!#$%&'*+/=?^_`{|}~-".utf8)
}
