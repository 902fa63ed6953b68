import Foundation
import HallyuCore
import SQLKit

/// A media row joined into another query under `m_` names (an article's hero), and read back
/// without a model.
enum MediaColumns {
    private static let names = [
        "id", "kind", "file_name", "content_type", "alt", "caption", "credit", "source_url", "licence", "width", "height",
        "provider", "embed_url", "variants",
    ]

    /// The select list for the media table under `alias`.
    static func select(from alias: String) -> String {
        names.map { "\(alias).\($0) AS m_\($0)" }.joined(separator: ", ")
    }

    /// The joined media, or nil when the row has none.
    static func media(in row: any SQLRow) throws -> Media? {
        guard let id = try row.optionalUUID("m_id") else { return nil }
        func text(_ name: String) throws -> String? { try row.optional("m_" + name, String.self) }
        return Media(
            id: id.coreID, kind: MediaKind(rawValue: try text("kind") ?? "") ?? .image,
            fileName: try text("file_name") ?? "", contentType: try text("content_type") ?? "",
            alt: try text("alt") ?? "", caption: try text("caption") ?? "", credit: try text("credit") ?? "",
            sourceURL: try text("source_url"), licence: try text("licence") ?? "",
            width: try row.decode(column: "m_width", as: Int.self), height: try row.decode(column: "m_height", as: Int.self),
            provider: try text("provider"), embedURL: try text("embed_url"),
            variants: try text("variants").flatMap(ImageVariants.init(encoded:)))
    }
}
