/// The targets of `[[Name]]` links in a document, so a caller can look them all up at once
/// before rendering.
extension MarkdownDocument {
    /// Each target once, in the order it first appears.
    public var entityLinkTargets: [String] {
        var seen = Set<String>()
        var targets: [String] = []
        forEachInline { inline in
            if case .entityLink(let target, _) = inline, seen.insert(target).inserted { targets.append(target) }
        }
        return targets
    }
}
