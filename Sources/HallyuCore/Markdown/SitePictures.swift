/// The pictures an article shows: the site's own (a path on the site, the media library's
/// `/media/…` in practice) and small inline `data:` images. The content security policy lets
/// browsers load no others, so a picture from another site is shown as a link to it, and the
/// editor asks for it to be uploaded (with its credit) before the story goes out.
public enum SitePictures {
    public static func isOnSite(_ source: String) -> Bool {
        let trimmed = source.drop { $0 == " " }
        if trimmed.hasPrefix("/") { return !trimmed.hasPrefix("//") && !trimmed.hasPrefix("/\\") }
        return trimmed.lowercased().hasPrefix("data:image/")
    }
}

extension MarkdownDocument {
    /// The addresses of pictures from elsewhere, in reading order.
    public var offSitePictures: [String] {
        var sources: [String] = []
        forEachInline { inline in
            if case .image(let source, _, _) = inline, URLSafety.isSafe(source), !SitePictures.isOnSite(source) { sources.append(source) }
        }
        return sources
    }
}

extension SitePictures {
    /// The media library file a picture's address names (`/media/{fileName}`), if it names one.
    public static func mediaFileName(_ source: String) -> String? {
        guard source.hasPrefix(mediaPrefix) else { return nil }
        let name = source.dropFirst(mediaPrefix.count)
        guard !name.isEmpty, name.utf8.allSatisfy(isFileNameByte), name.first != "." else { return nil }
        return String(name)
    }

    /// Every media library file a text names, read without parsing it: a cheap superset of its
    /// pictures (links to files count too), enough to look their rows up before rendering.
    public static func mediaFileNames(mentionedIn text: String, limit: Int = 200) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        var rest = Substring(text)
        while names.count < limit, let found = rest.range(of: mediaPrefix) {
            let name = rest[found.upperBound...].utf8.prefix(while: isFileNameByte)
            rest = rest[found.upperBound...]
            guard let fileName = String(name), !fileName.isEmpty, fileName.first != ".",
                seen.insert(fileName).inserted
            else { continue }
            names.append(fileName)
        }
        return names
    }

    private static let mediaPrefix = "/media/"

    /// The bytes the library's file names are made of: letters, digits, `.`, `-` and `_`.
    private static func isFileNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
