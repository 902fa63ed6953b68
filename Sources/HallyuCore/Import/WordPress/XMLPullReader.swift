import Foundation

/// Where a file stops being well-formed XML, for the line that ends an import.
public struct XMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let reason: String

    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "line \(line), column \(column): \(reason)" }
}

/// What the reader meets, in document order. Character data and CDATA sections that follow one
/// another come as one text; comments, processing instructions and the document type are passed
/// over.
public enum XMLEvent: Equatable, Sendable {
    case start(name: String, attributes: [String: String])
    case end(name: String)
    case text(String)
}

/// A streaming XML reader: it holds one chunk of the file and the text of the element being
/// read, never the document, so an export of any size is read in the same memory. It checks
/// what an import relies on (tags closed in order, attributes quoted, references known) and
/// says where a file breaks. It expands no entity a document declares, so a crafted file cannot
/// make it grow.
public final class XMLPullReader {
    private let readChunk: () throws -> [UInt8]?
    private var buffer: [UInt8] = []
    private var index = 0
    private var exhausted = false
    private var open: [String] = []
    private var pendingEnd: String?
    private var finished = false
    private var startChecked = false
    public private(set) var line = 1
    public private(set) var column = 1
    /// How many texts held bytes that are not UTF-8 (each such byte became U+FFFD).
    public private(set) var textsWithInvalidBytes = 0

    public init(chunks: @escaping () throws -> [UInt8]?) {
        readChunk = chunks
    }

    public convenience init(bytes: [UInt8]) {
        var given = false
        self.init(chunks: {
            defer { given = true }
            return given ? nil : bytes
        })
    }

    /// Reads the file a megabyte at a time.
    public convenience init(contentsOf url: URL) throws {
        let handle = try FileHandle(forReadingFrom: url)
        self.init(chunks: {
            guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else {
                try? handle.close()
                return nil
            }
            return [UInt8](data)
        })
    }

    /// The next event, or nil after the root element has closed.
    public func next() throws -> XMLEvent? {
        if !startChecked {
            startChecked = true
            // A byte-order mark, which editors on Windows write and XML allows.
            if try startsWith([0xEF, 0xBB, 0xBF]) { index += 3 }
        }
        if let name = pendingEnd {
            pendingEnd = nil
            return closed(name)
        }
        while !finished {
            guard let byte = try peek() else {
                if let innermost = open.last { throw failure("the file ends inside <\(innermost)>") }
                throw failure("the file holds no XML element")
            }
            if byte == UInt8(ascii: "<") {
                if try startsWith("<![CDATA[") {
                    if open.isEmpty { throw failure("text outside the root element") }
                    return try textEvent()
                }
                if try startsWith("</") { return try endTag() }
                if try startsWith("<!") || startsWith("<?") {
                    try skipMarkup()
                    continue
                }
                return try startTag()
            }
            if open.isEmpty {
                guard isXMLSpace(byte) else { throw failure("text outside the root element") }
                consume()
                continue
            }
            return try textEvent()
        }
        return nil
    }

    // MARK: Tags

    private func startTag() throws -> XMLEvent {
        consume()  // <
        let name = try readName(what: "element name")
        var attributes: [String: String] = [:]
        while true {
            skipSpaces()
            guard let byte = try peek() else { throw failure("the file ends inside <\(name)>") }
            if byte == UInt8(ascii: ">") {
                consume()
                open.append(name)
                return .start(name: name, attributes: attributes)
            }
            if byte == UInt8(ascii: "/") {
                consume()
                guard try peek() == UInt8(ascii: ">") else { throw failure("expected > after / in <\(name)>") }
                consume()
                open.append(name)
                pendingEnd = name
                return .start(name: name, attributes: attributes)
            }
            let attribute = try readName(what: "attribute name")
            skipSpaces()
            guard try peek() == UInt8(ascii: "=") else { throw failure("expected = after \(attribute)") }
            consume()
            skipSpaces()
            guard let quote = try peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw failure("the value of \(attribute) is not in quotation marks")
            }
            consume()
            var value: [UInt8] = []
            while let byte = try peek(), byte != quote {
                if byte == UInt8(ascii: "<") { throw failure("< inside the value of \(attribute)") }
                if byte == UInt8(ascii: "&") {
                    value.append(contentsOf: try reference())
                } else {
                    value.append(byte)
                    consume()
                }
            }
            guard try peek() == quote else { throw failure("the file ends inside the value of \(attribute)") }
            consume()
            attributes[attribute] = text(value)
        }
    }

    private func endTag() throws -> XMLEvent {
        let (startLine, startColumn) = (line, column)
        consume()
        consume()  // </
        let name = try readName(what: "element name")
        skipSpaces()
        guard try peek() == UInt8(ascii: ">") else { throw failure("expected > to end </\(name)") }
        guard let innermost = open.last, innermost == name else {
            throw XMLSyntaxError(
                line: startLine, column: startColumn,
                reason: open.last.map { "</\(name)> where </\($0)> was expected" } ?? "</\(name)> closes nothing")
        }
        consume()
        return closed(name)
    }

    private func closed(_ name: String) -> XMLEvent {
        open.removeLast()
        if open.isEmpty { finished = true }
        return .end(name: name)
    }

    private func readName(what: String) throws -> String {
        var name: [UInt8] = []
        while let byte = try peek(), !isXMLSpace(byte), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "/"),
            byte != UInt8(ascii: "="), byte != UInt8(ascii: "<")
        {
            name.append(byte)
            consume()
        }
        guard !name.isEmpty else { throw failure("expected an \(what)") }
        return String(decoding: name, as: UTF8.self)
    }

    /// Comments, processing instructions and a document type declaration, which an import
    /// does not read.
    private func skipMarkup() throws {
        let terminator: [UInt8]
        if try startsWith("<!--") {
            terminator = Array("-->".utf8)
        } else if try startsWith("<?") {
            terminator = Array("?>".utf8)
        } else {
            terminator = Array(">".utf8)
        }
        consume()
        var depth = 0  // a DOCTYPE's internal subset holds brackets and > of its own
        while true {
            guard let byte = try peek() else { throw failure("the file ends inside a comment or declaration") }
            if terminator.count == 1 {
                if byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "]") { depth -= 1 }
                if byte == UInt8(ascii: ">") && depth <= 0 {
                    consume()
                    return
                }
                consume()
            } else if try startsWith(terminator) {
                for _ in terminator { consume() }
                return
            } else {
                consume()
            }
        }
    }

    // MARK: Text

    /// Character data and CDATA sections up to the next tag, as one text.
    private func textEvent() throws -> XMLEvent {
        var bytes: [UInt8] = []
        while let byte = try peek() {
            if byte == UInt8(ascii: "<") {
                if try startsWith("<![CDATA[") {
                    try readCDATA(into: &bytes)
                    continue
                }
                if try startsWith("<!--") {
                    try skipMarkup()
                    continue
                }
                break
            }
            if byte == UInt8(ascii: "&") {
                bytes.append(contentsOf: try reference())
                continue
            }
            if open.isEmpty { throw failure("text outside the root element") }
            bytes.append(byte)
            consume()
        }
        return .text(text(bytes))
    }

    private func readCDATA(into bytes: inout [UInt8]) throws {
        for _ in 0..<9 { consume() }
        while true {
            guard let byte = try peek() else { throw failure("the file ends inside a CDATA section") }
            if byte == UInt8(ascii: "]"), try startsWith("]]>") {
                consume()
                consume()
                consume()
                return
            }
            bytes.append(byte)
            consume()
        }
    }

    /// `&amp;`, `&#8217;`, `&#x2019;`; named HTML references such as `&nbsp;` are read too,
    /// because exporters write them outside CDATA although XML knows only five.
    private func reference() throws -> [UInt8] {
        var candidate: [UInt8] = []
        while candidate.count < 40, let byte = try peek(at: candidate.count) {
            candidate.append(byte)
            if byte == UInt8(ascii: ";") { break }
        }
        guard let decoded = CharacterReferences.decode(candidate, at: 0, end: candidate.count) else {
            throw failure("an & that begins no known reference (write &amp;)")
        }
        for _ in 0..<decoded.length { consume() }
        return decoded.value
    }

    private func text(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        textsWithInvalidBytes += 1
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Bytes

    private func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func skipSpaces() {
        while index < buffer.count || ((try? refill()) ?? false), isXMLSpace(buffer[index]) { consume() }
    }

    @inline(__always) private func peek() throws -> UInt8? {
        if index < buffer.count { return buffer[index] }
        return try refill() ? buffer[index] : nil
    }

    private func peek(at offset: Int) throws -> UInt8? {
        while index + offset >= buffer.count {
            guard try refill() else { return nil }
        }
        return buffer[index + offset]
    }

    private func startsWith(_ text: StaticString) throws -> Bool {
        try startsWith(Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)))
    }

    private func startsWith(_ bytes: [UInt8]) throws -> Bool {
        for (offset, byte) in bytes.enumerated() where try peek(at: offset) != byte { return false }
        return true
    }

    @inline(__always) private func consume() {
        let byte = buffer[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Appends the next chunk, dropping what has been read; false at the end of the input.
    private func refill() throws -> Bool {
        guard !exhausted else { return false }
        guard let chunk = try readChunk(), !chunk.isEmpty else {
            exhausted = true
            return false
        }
        if index > 0 {
            buffer.removeSubrange(0..<index)
            index = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    private func failure(_ reason: String) -> XMLSyntaxError {
        XMLSyntaxError(line: line, column: column, reason: reason)
    }
}
