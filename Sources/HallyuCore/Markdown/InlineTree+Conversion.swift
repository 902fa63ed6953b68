import Foundation

extension InlineTree {
    /// The finished inlines, with adjacent text merged into single `.text` nodes.
    func inlines(_ subject: [UInt8]) -> [MarkdownInline] {
        var text: [UInt8] = []
        return convert(first, depth: 0, subject, &text)
    }

    private func convert(_ start: Int, depth: Int, _ subject: [UInt8], _ text: inout [UInt8]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var index = start
        while index >= 0 {
            let kind = kinds[index]
            if appendText(kind, subject, &text) {
                index = links[index].next
                continue
            }
            if isContainer(kind) && depth >= Self.maximumDepth {
                appendFlattened(links[index].firstChild, subject, &text)
                index = links[index].next
                continue
            }
            if !text.isEmpty {
                result.append(.text(Bytes.string(text)))
                text.removeAll(keepingCapacity: true)
            }
            let children = links[index].firstChild
            switch kind {
            case .softBreak: result.append(.softBreak)
            case .hardBreak: result.append(.hardBreak)
            case let .rawHTML(range): result.append(.rawHTML(Bytes.string(subject, range)))
            case let .code(payload): result.append(.code(payloads[payload].first))
            case let .autolink(payload):
                result.append(.autolink(destination: payloads[payload].first, text: payloads[payload].second ?? ""))
            case let .entityLink(payload):
                result.append(.entityLink(target: payloads[payload].first, text: payloads[payload].second ?? ""))
            case .emphasis: result.append(.emphasis(convert(children, depth: depth + 1, subject, &text)))
            case .strong: result.append(.strong(convert(children, depth: depth + 1, subject, &text)))
            case let .link(payload):
                let content = convert(children, depth: depth + 1, subject, &text)
                result.append(.link(destination: payloads[payload].first, title: payloads[payload].second, content: content))
            case let .image(payload):
                let alt = convert(children, depth: depth + 1, subject, &text)
                result.append(.image(source: payloads[payload].first, title: payloads[payload].second, alt: alt))
            default:
                break
            }
            index = links[index].next
        }
        if !text.isEmpty {
            result.append(.text(Bytes.string(text)))
            text.removeAll(keepingCapacity: true)
        }
        return result
    }

    /// Adds a text-like node to `text`; false for any other node.
    private func appendText(_ kind: Kind, _ subject: [UInt8], _ text: inout [UInt8]) -> Bool {
        switch kind {
        case let .text(range), let .opener(range): text.append(contentsOf: subject[range])
        case let .literal(literal): text.append(contentsOf: literals[literal])
        case let .delimiterRun(character, count): text.append(contentsOf: repeatElement(character, count: count))
        case .empty: break
        default: return false
        }
        return true
    }

    private func isContainer(_ kind: Kind) -> Bool {
        switch kind {
        case .emphasis, .strong, .link, .image: true
        default: false
        }
    }

    /// The text of a too-deep subtree, walked with an explicit stack instead of recursion.
    private func appendFlattened(_ start: Int, _ subject: [UInt8], _ text: inout [UInt8]) {
        var pending = [start]
        while let top = pending.popLast() {
            var index = top
            while index >= 0 {
                let kind = kinds[index]
                if isContainer(kind) {
                    if links[index].next >= 0 { pending.append(links[index].next) }
                    index = links[index].firstChild
                    continue
                }
                if !appendText(kind, subject, &text) {
                    switch kind {
                    case let .rawHTML(range): text.append(contentsOf: subject[range])
                    case .softBreak, .hardBreak: text.append(Bytes.newline)
                    case let .code(payload): text.append(contentsOf: payloads[payload].first.utf8)
                    case let .autolink(payload), let .entityLink(payload):
                        text.append(contentsOf: (payloads[payload].second ?? "").utf8)
                    default: break
                    }
                }
                index = links[index].next
            }
        }
    }
}
