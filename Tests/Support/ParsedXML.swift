import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML document as a flat list of elements, each named by its path from the root
/// ("rss/channel/item/title"), in document order: enough to check feeds field by field.
public final class ParsedXML: NSObject, XMLParserDelegate {
    public struct Element {
        public let path: String
        public let attributes: [String: String]
        public var text = ""
    }

    public struct NotWellFormed: Error {
        public let line: Int
        public let reason: String
    }

    public private(set) var elements: [Element] = []
    /// Indices in `elements` of the elements still open, innermost last.
    private var open: [Int] = []

    public static func parse(_ xml: String) throws -> ParsedXML {
        let document = ParsedXML()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = document
        guard parser.parse() else {
            throw NotWellFormed(line: parser.lineNumber, reason: parser.parserError.map { "\($0)" } ?? "unknown")
        }
        return document
    }

    /// The text of every element at `path`, entities and CDATA resolved.
    public func texts(_ path: String) -> [String] {
        elements.filter { $0.path == path }.map(\.text)
    }

    public func text(_ path: String) -> String? {
        texts(path).first
    }

    public func attributes(_ path: String) -> [[String: String]] {
        elements.filter { $0.path == path }.map(\.attributes)
    }

    public func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        let parent = open.last.map { elements[$0].path + "/" } ?? ""
        // Namespace declarations are reported as attributes on some platforms only; leave them out.
        let attributes = attributeDict.filter { !$0.key.hasPrefix("xmlns") }
        elements.append(Element(path: parent + elementName, attributes: attributes))
        open.append(elements.count - 1)
    }

    public func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        open.removeLast()
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    public func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if let current = open.last { elements[current].text += String(decoding: CDATABlock, as: UTF8.self) }
    }
}
