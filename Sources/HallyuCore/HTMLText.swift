/// Plain text made ready for an HTML page, the way the Markdown renderer treats text.
public enum HTMLText {
    /// Escaped text with runs of Hangul wrapped in `<span lang="ko">`, so browsers choose Korean
    /// fonts, line breaking and voices for names such as 한소희 wherever they appear.
    public static func markingKorean(_ text: String) -> String {
        var writer = HTMLWriter()
        writer.textMarkingKorean(text)
        return writer.string
    }
}

/// Addresses stored as data (an organization's website, a quote's source) that may become links.
public enum WebAddress {
    /// Only absolute `http` and `https` addresses with a host: anything else (`javascript:`,
    /// `data:`, relative paths) is not a web page and is shown as no link at all.
    public static func isLinkable(_ address: String) -> Bool {
        let lowered = address.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return false }
        let rest = lowered.drop { $0 != ":" }.dropFirst(3)
        guard let host = rest.split(separator: "/", maxSplits: 1).first, !host.isEmpty else { return false }
        return !address.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F }
    }
}
