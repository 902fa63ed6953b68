import Foundation

/// Phase two of parsing: turns the raw text of one paragraph, heading or table cell into inlines,
/// following the CommonMark reference algorithm (a delimiter stack for emphasis, a bracket stack
/// for links) with the bounds that keep it linear on hostile input.
///
/// Like `BlockParser`, its helpers are `mutating` even when they only read, which spares
/// unoptimised builds a copy of the parser per call.
struct InlineParser {
    /// A `*` or `_` run that may still open or close emphasis.
    struct Delimiter {
        let character: UInt8
        var count: Int
        let originalCount: Int
        let node: Int
        var previous: Int
        var next: Int
        let canOpen: Bool
        let canClose: Bool
    }

    /// A `[` or `![` that may still start a link or image.
    struct Bracket {
        let node: Int
        /// Where the link text starts, just after the bracket.
        let textStart: Int
        let isImage: Bool
        var isActive = true
        /// Set when another `[` follows, which rules the text out as a reference label.
        var bracketAfter = false
        let previousDelimiter: Int
    }

    let subject: [UInt8]
    let end: Int
    let references: LinkReferences
    let extensions: Bool
    var position: Int
    var tree = InlineTree()
    var delimiters: [Delimiter] = []
    var delimiterTop = -1
    var brackets: [Bracket] = []
    var backtickRuns: BacktickRuns?
    var html = RawHTMLScanner()

    private init(subject: [UInt8], end: Int, references: LinkReferences, extensions: Bool, position: Int) {
        self.subject = subject
        self.end = end
        self.references = references
        self.extensions = extensions
        self.position = position
    }

    /// Parses `bytes`, less surrounding whitespace, into inlines.
    static func parse(_ bytes: [UInt8], references: LinkReferences, extensions: Bool) -> [MarkdownInline] {
        let range = Bytes.trimmed(bytes, 0..<bytes.count)
        guard !range.isEmpty else { return [] }
        var parser = InlineParser(
            subject: bytes, end: range.upperBound, references: references,
            extensions: extensions, position: range.lowerBound)
        parser.run()
        return parser.tree.inlines(bytes)
    }

    private mutating func run() {
        while position < end {
            switch subject[position] {
            case Bytes.newline: lineEnding()
            case Bytes.backslash: backslash()
            case Bytes.backtick: codeSpan()
            case Bytes.asterisk, Bytes.underscore: delimiterRun()
            case Bytes.openBracket: openBracket()
            case Bytes.bang: bang()
            case Bytes.closeBracket: closeBracket()
            case Bytes.lessThan: angleBracket()
            case Bytes.ampersand: characterReference()
            default: plainText()
            }
        }
        processEmphasis(above: -1)
    }

    /// Appends subject text, extending the previous text node when it is adjacent.
    mutating func appendText(_ range: Range<Int>) {
        if tree.last >= 0, case let .text(previous) = tree.kinds[tree.last], previous.upperBound == range.lowerBound {
            tree.kinds[tree.last] = .text(previous.lowerBound..<range.upperBound)
        } else {
            tree.append(.text(range))
        }
    }

    private mutating func plainText() {
        let start = position
        position += 1
        while position < end && !Self.isSpecial(subject[position]) { position += 1 }
        appendText(start..<position)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case Bytes.newline, Bytes.backslash, Bytes.backtick, Bytes.asterisk, Bytes.underscore, Bytes.openBracket,
            Bytes.bang, Bytes.closeBracket, Bytes.lessThan, Bytes.ampersand:
            return true
        default:
            return false
        }
    }

    /// Two or more spaces before a line ending make a hard break; trailing spaces and tabs go.
    private mutating func lineEnding() {
        var hard = false
        if tree.last >= 0, case let .text(range) = tree.kinds[tree.last], range.upperBound == position {
            var upper = range.upperBound
            while upper > range.lowerBound && subject[upper - 1] == Bytes.space { upper -= 1 }
            hard = range.upperBound - upper >= 2
            while upper > range.lowerBound && Bytes.isSpaceOrTab(subject[upper - 1]) { upper -= 1 }
            tree.kinds[tree.last] = upper > range.lowerBound ? .text(range.lowerBound..<upper) : .empty
        }
        tree.append(hard ? .hardBreak : .softBreak)
        position += 1
        skipLeadingSpaces()
    }

    private mutating func skipLeadingSpaces() {
        while position < end && subject[position] == Bytes.space { position += 1 }
    }

    private mutating func backslash() {
        position += 1
        if position < end && subject[position] == Bytes.newline {
            tree.append(.hardBreak)
            position += 1
            skipLeadingSpaces()
        } else if position < end && Bytes.isASCIIPunctuation(subject[position]) {
            appendText(position..<(position + 1))
            position += 1
        } else {
            appendText((position - 1)..<position)
        }
    }

    private mutating func characterReference() {
        if let reference = CharacterReferences.decode(subject, at: position, end: end) {
            tree.appendLiteral(reference.value)
            position += reference.length
        } else {
            appendText(position..<(position + 1))
            position += 1
        }
    }

    private mutating func bang() {
        if position + 1 < end && subject[position + 1] == Bytes.openBracket {
            pushBracket(node: tree.append(.opener(position..<(position + 2))), textStart: position + 2, isImage: true)
            position += 2
        } else {
            appendText(position..<(position + 1))
            position += 1
        }
    }

    private mutating func openBracket() {
        if extensions, let afterEntityLink = entityLink() {
            position = afterEntityLink
            return
        }
        pushBracket(node: tree.append(.opener(position..<(position + 1))), textStart: position + 1, isImage: false)
        position += 1
    }

    private mutating func pushBracket(node: Int, textStart: Int, isImage: Bool) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        brackets.append(Bracket(node: node, textStart: textStart, isImage: isImage, previousDelimiter: delimiterTop))
    }
}
