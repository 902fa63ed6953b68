import Foundation

/// Text made safe for the XML feeds and sitemaps: escaped, and stripped of characters XML 1.0
/// forbids, because one stray control character in a title makes strict readers reject the
/// whole feed.
enum XMLText {
    /// Escapes `& < > " '` so the result is safe both as element text and inside an attribute
    /// value in either kind of quotes. A carriage return becomes `&#13;`, which parsers keep
    /// (a literal one they would turn into a line feed); other forbidden characters are dropped.
    static func escaped(_ text: String) -> String {
        // Most text (every address of a sitemap) needs nothing done: say so from the bytes.
        if !text.utf8.contains(where: needsCare) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A CDATA section, for HTML bodies that read better unescaped. A `]]>` inside would end the
    /// section early, so it is split across two sections.
    static func cdata(_ text: String) -> String {
        var section = ""
        appendCDATA(text, to: &section)
        return section
    }

    /// `cdata(text)` written at the end of `xml`, without a copy of the section in between.
    static func appendCDATA(_ text: String, to xml: inout String) {
        var kept = text
        var (mayBeForbidden, endsSection) = kept.withUTF8(scanForCDATA)
        if mayBeForbidden {
            kept = ""
            kept.unicodeScalars.append(contentsOf: text.unicodeScalars.filter(isAllowed))
            endsSection = kept.withUTF8(scanForCDATA).endsSection
        }
        xml += "<![CDATA["
        xml += endsSection ? splitSectionEnds(kept) : kept
        xml += "]]>"
    }

    /// Every `]]>` split across two sections (`]]]]><![CDATA[>`), found in the bytes: Foundation's
    /// search compares characters, and missed one whose `>` carries a combining mark.
    private static func splitSectionEnds(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            var brackets = 0
            for byte in bytes {
                if byte == UInt8(ascii: ">"), brackets >= 2 { out.append(contentsOf: Array("]]><![CDATA[".utf8)) }
                out.append(byte)
                brackets = byte == UInt8(ascii: "]") ? brackets + 1 : 0
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether a body may hold a character XML forbids (C0 controls other than tab and line ends;
    /// U+FFFE and U+FFFF, whose bytes start with EF), and whether `]]>` occurs; most bodies hold
    /// neither. Foundation's `contains` went through UTF-16 and was a fifth of a feed's time; a
    /// look at every byte for all three, a twentieth; `]` is now found by `memchr`.
    private static func scanForCDATA(_ bytes: UnsafeBufferPointer<UInt8>) -> (mayBeForbidden: Bool, endsSection: Bool) {
        (mayBeForbidden(bytes), containsSectionEnd(bytes))
    }

    private static func mayBeForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xEF }
    }

    private static func containsSectionEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count, let found = memchr(start + index, Int32(UInt8(ascii: "]")), bytes.count - index) {
            let bracket = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bracket + 2 < bytes.count, bytes[bracket + 1] == UInt8(ascii: "]"), bytes[bracket + 2] == UInt8(ascii: ">") {
                return true
            }
            index = bracket + 1
        }
        return false
    }

    /// `<name a="1">text</name>`, or `<name a="1"/>` when there is no text. Attributes whose
    /// value is nil are left out, so optional ones need no `if` at the call site.
    static func element(_ name: String, _ text: String? = nil, attributes: [(String, String?)] = []) -> String {
        guard let text else { return "<" + name + attributeList(attributes) + "/>" }
        return start(name, attributes: attributes) + escaped(text) + "</" + name + ">"
    }

    /// The opening tag of an element that has children.
    static func start(_ name: String, attributes: [(String, String?)] = []) -> String {
        "<" + name + attributeList(attributes) + ">"
    }

    private static func attributeList(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escaped($0))\"" } }.joined()
    }

    /// A byte that may need escaping or dropping: markup characters, ASCII controls, and the
    /// lead byte of U+FFFE and U+FFFF (0xEF), which the scalar loop then looks at properly.
    private static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case 0..<0x20: byte != 0x9 && byte != 0xA
        default: false
        }
    }

    /// XML 1.0's `Char` production: tab, line feed, carriage return and everything from space
    /// up, except surrogates (which a Swift string cannot hold anyway) and U+FFFE/U+FFFF.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// A document: each head line and a line break, the parts as written, then `end`. Written
    /// into one string: lines joined at the end copied every body twice more.
    public static func document(head: [String], parts: [String], end: String) -> String {
        var xml = ""
        xml.reserveCapacity(1_024 + parts.reduce(0) { $0 + $1.utf8.count })
        for line in head {
            xml += line
            xml += "\n"
        }
        for part in parts {
            xml += part
        }
        xml += end
        return xml
    }
}
