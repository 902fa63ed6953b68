import Foundation

extension InlineTree {
    /// The finished inlines, with adjacent text merged into single `.text` nodes.
    func inlines(_ subject: [UInt8]) -> [MarkdownInline] {
        convert(first, depth: 0, subject)
    }

    private func convert(_ start: Int, depth: Int, _ subject: [UInt8]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                result.append(.text(Bytes.string(text)))
                text.removeAll(keepingCapacity: true)
            }
        }
        var index = start
        while index >= 0 {
            let node = nodes[index]
            if isContainer(node.kind) && depth >= Self.maximumDepth {
                appendFlattened(node.firstChild, to: &text, subject)
                index = node.next
                continue
            }
            switch node.kind {
            case let .text(range): text.append(contentsOf: subject[range])
            case let .literal(bytes): text.append(contentsOf: bytes)
            case let .delimiterRun(character, count): text.append(contentsOf: repeatElement(character, count: count))
            case .empty: break
            case .softBreak: flush(); result.append(.softBreak)
            case .hardBreak: flush(); result.append(.hardBreak)
            case let .code(code): flush(); result.append(.code(code))
            case let .rawHTML(range): flush(); result.append(.rawHTML(Bytes.string(subject, range)))
            case let .autolink(destination, label): flush(); result.append(.autolink(destination: destination, text: label))
            case let .entityLink(target, label): flush(); result.append(.entityLink(target: target, text: label))
            case .emphasis:
                flush(); result.append(.emphasis(convert(node.firstChild, depth: depth + 1, subject)))
            case .strong:
                flush(); result.append(.strong(convert(node.firstChild, depth: depth + 1, subject)))
            case let .link(destination, title):
                flush()
                result.append(.link(destination: destination, title: title, content: convert(node.firstChild, depth: depth + 1, subject)))
            case let .image(source, title):
                flush()
                result.append(.image(source: source, title: title, alt: convert(node.firstChild, depth: depth + 1, subject)))
            }
            index = node.next
        }
        flush()
        return result
    }

    private func isContainer(_ kind: Kind) -> Bool {
        switch kind {
        case .emphasis, .strong, .link, .image: true
        default: false
        }
    }

    /// The text of a too-deep subtree, walked with an explicit stack instead of recursion.
    private func appendFlattened(_ start: Int, to text: inout [UInt8], _ subject: [UInt8]) {
        var pending = [start]
        while let top = pending.popLast() {
            var index = top
            while index >= 0 {
                let node = nodes[index]
                switch node.kind {
                case .emphasis, .strong, .link, .image:
                    if node.next >= 0 { pending.append(node.next) }
                    index = node.firstChild
                    continue
                case let .text(range), let .rawHTML(range): text.append(contentsOf: subject[range])
                case let .literal(bytes): text.append(contentsOf: bytes)
                case let .delimiterRun(character, count): text.append(contentsOf: repeatElement(character, count: count))
                case .empty: break
                case .softBreak, .hardBreak: text.append(Bytes.newline)
                case let .code(code): text.append(contentsOf: code.utf8)
                case let .autolink(_, label), let .entityLink(_, label): text.append(contentsOf: label.utf8)
                }
                index = node.next
            }
        }
    }
}
