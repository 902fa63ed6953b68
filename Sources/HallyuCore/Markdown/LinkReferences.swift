import Foundation

/// A link reference definition's target.
struct LinkReference {
    let destination: String
    let title: String?
}

/// The link reference definitions of one document, keyed by normalised label. The first
/// definition of a label wins, as the spec says.
struct LinkReferences {
    private(set) var definitions: [String: LinkReference] = [:]

    func reference(for label: String) -> LinkReference? { definitions[label] }

    var isEmpty: Bool { definitions.isEmpty }

    /// Reads definitions from the start of a paragraph's text and returns where the rest begins.
    mutating func consumeDefinitions(_ bytes: [UInt8]) -> Int {
        var position = 0
        while position < bytes.count, bytes[position] == Bytes.openBracket,
            let next = definition(bytes, position)
        {
            position = next
        }
        return position
    }

    private mutating func definition(_ bytes: [UInt8], _ start: Int) -> Int? {
        let end = bytes.count
        guard let afterLabel = LinkScanners.label(bytes, start, end: end),
            afterLabel < end, bytes[afterLabel] == Bytes.colon
        else { return nil }
        let label = LinkScanners.normalisedLabel(bytes, (start + 1)..<(afterLabel - 1))
        guard !label.isEmpty else { return nil }
        let destinationStart = LinkScanners.skipSpacesAndNewline(bytes, afterLabel + 1, end: end)
        guard let (destination, afterDestination) = LinkScanners.destination(bytes, destinationStart, end: end, allowEmpty: false)
        else { return nil }
        var title: Range<Int>?
        var lineEnd: Int?
        let titleStart = LinkScanners.skipSpacesAndNewline(bytes, afterDestination, end: end)
        if titleStart > afterDestination, let (titleRange, afterTitle) = LinkScanners.title(bytes, titleStart, end: end) {
            lineEnd = Self.endOfLine(bytes, afterTitle)
            if lineEnd != nil { title = titleRange }
        }
        // A title followed by junk is not part of the definition, but the destination alone may be.
        if lineEnd == nil { lineEnd = Self.endOfLine(bytes, afterDestination) }
        guard let next = lineEnd else { return nil }
        if definitions[label] == nil {
            definitions[label] = LinkReference(
                destination: URLNormalisation.normalise(CharacterReferences.unescape(bytes, destination)),
                title: title.map { Bytes.string(CharacterReferences.unescape(bytes, $0)) }
            )
        }
        return next
    }

    /// The position after the line ending when only spaces and tabs remain on the line.
    private static func endOfLine(_ bytes: [UInt8], _ index: Int) -> Int? {
        var position = index
        while position < bytes.count && Bytes.isSpaceOrTab(bytes[position]) { position += 1 }
        if position == bytes.count { return position }
        return bytes[position] == Bytes.newline ? position + 1 : nil
    }
}
