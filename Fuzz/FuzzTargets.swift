import Foundation

/// The libFuzzer entry point of `Fuzz/fuzz.sh`'s binary, which is HallyuCore compiled together
/// with this file. One binary serves every target; `HALLYU_FUZZ_TARGET` names the one to feed.
/// A target may refuse what it is given (that is what readers of files do): only a crash, a
/// hang, a leak or a memory error is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func hallyuFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.chosen.feed(bytes)
    return 0
}

enum FuzzTarget: String, CaseIterable {
    case markdown, names, csv, kowiki, kpopnet, wordpress, image

    static let chosen: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["HALLYU_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("set HALLYU_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return target
    }()

    func feed(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .markdown:
            // The parser and both renderers, with entity links resolved as the site does.
            let document = Markdown.parse(text)
            _ = MarkdownHTMLRenderer(resolveEntity: { _ in nil }).render(document)
            _ = MarkdownPlainText.render(document)
        case .names:
            // The editor's analysis of a draft and its name check, against known names.
            let analysis = Self.index.analyze(text)
            _ = Self.index.misspellings(in: text, analysis: analysis)
        case .csv:
            _ = CSVRecords.parse(text)
            _ = CSVRecords.parseWithHeader(text)
        case .kowiki:
            _ = try? KowikiDramaFile(csv: text)
        case .kpopnet:
            _ = try? KpopnetFile.decode(Data(bytes))
        case .wordpress:
            let reader = WordPressExportReader(XMLPullReader(bytes: bytes))
            while let record = try? reader.next() { _ = record }
        case .image:
            // An upload's header, read before anything decodes it, and the copies' description.
            if let header = ImageHeader(bytes) { _ = ImageLimits.pixelProblem(header) }
            _ = ImageVariants(encoded: text)
            _ = WebPMetadata.stripped(bytes)
        }
    }

    /// A small knowledge base with the name shapes the analysis treats apart: romanized with and
    /// without hyphens, Hangul, a one-word stage name, a group, a drama with a character.
    private static let index: MentionIndex = {
        var builder = NameRecordBuilder()
        builder.organization(slug: "jtbc", name: "JTBC", nativeName: nil, aliases: [])
        builder.organization(slug: "blackpink", name: "BLACKPINK", nativeName: "블랙핑크", aliases: ["Black Pink"])
        builder.person(slug: "han-so-hee", name: "Han So-hee", nativeName: "한소희", aliases: ["Han Sohee"], agency: nil)
        builder.person(slug: "song-kang", name: "Song Kang", nativeName: "송강", aliases: [], agency: nil)
        builder.person(slug: "song-kang-ho", name: "Song Kang-ho", nativeName: "송강호", aliases: [], agency: nil)
        builder.person(slug: "lisa", name: "Lisa", nativeName: "리사", aliases: ["Lalisa Manobal"], agency: nil)
        builder.membership(person: "lisa", group: "blackpink")
        builder.title(slug: "nevertheless", name: "Nevertheless", nativeName: "알고있지만", aliases: [], networks: ["jtbc"])
        builder.credit(
            person: "han-so-hee", title: "nevertheless", character: "Yoo Na-bi", characterNative: "유나비", shortNames: ["Na-bi"])
        return MentionIndex(records: builder.build())
    }()
}
