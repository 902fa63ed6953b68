import ConsoleKit
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu media check [--remove-unreferenced]`: holds the media folder (`HALLYU_MEDIA_DIR`)
/// against the library and reports files missing, files nothing names, and uploads cut off.
/// Exits non-zero when a file is missing, so a scheduled check can raise an alarm: every
/// instance of a site must serve the same folder.
/// `hallyu media variants`: makes the resized copies of the images that lack them (after an
/// import, or uploads on a server without the image tool) or have an older recipe's.
struct MediaCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "check or variants")
        var action: String

        @Flag(name: "remove-unreferenced", help: "also delete the files nothing names and the cut-off uploads (those over an hour old)")
        var removeUnreferenced: Bool
    }

    var help: String {
        "Check the media folder against the library (hallyu media check [--remove-unreferenced]), or make the images' resized copies (hallyu media variants)."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        switch signature.action {
        case "check": try await check(context, removeUnreferenced: signature.removeUnreferenced)
        case "variants": try await MediaVariantsRun(context: context).run()
        default: throw StartupError(description: "unknown media action \"\(signature.action)\"; use: check or variants")
        }
    }

    private func check(_ context: CommandContext, removeUnreferenced: Bool) async throws {
        let app = context.application
        // A check changes nothing in the database: it runs on the schema as it is.
        try await app.requireCurrentSchemaOrExplain()
        let folder = app.config.mediaDirectory
        let check = MediaFolderCheck(library: try await app.mediaLibrary.files(), folder: try Self.files(in: folder), now: Date())
        let console = context.console
        console.output("Media folder \(folder):", style: .plain)
        console.output("  \(check.missing.count) missing (in the library, not in the folder)", style: .plain)
        for entry in check.missing { console.output("    \(entry.fileName)  (media \(entry.id))", style: .plain) }
        console.output("  \(check.unreferenced.count) unreferenced (in the folder, in no library entry)", style: .plain)
        for file in check.unreferenced { console.output("    \(file.name)  \(file.bytes) bytes", style: .plain) }
        console.output("  \(check.partial.count) cut-off uploads", style: .plain)
        if removeUnreferenced {
            var removed = 0
            // Asked again: the same bytes may have been uploaded again since the check began.
            let named = Set(try await app.mediaLibrary.files().map(\.fileName))
            for file in check.unreferenced + check.partial where !named.contains(file.name) {
                do {
                    try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(file.name))
                    removed += 1
                } catch {
                    console.output("  could not remove \(file.name): \(error.localizedDescription)", style: .plain)
                }
            }
            console.output("  removed \(removed) file(s)", style: .plain)
        }
        if !check.missing.isEmpty {
            throw StartupError(description: "\(check.missing.count) media file(s) are missing from \(folder)")
        }
    }

    /// The folder's plain files; an absent folder is an empty one (nothing was uploaded yet).
    static func files(in folder: String) throws -> [MediaFolderCheck.File] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder) else { return [] }
        return try manager.contentsOfDirectory(atPath: folder).compactMap { name in
            // A file gone since the listing (an upload reaching its name) is not there to check.
            guard let attributes = try? manager.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name)),
                attributes[.type] as? FileAttributeType == .typeRegular
            else { return nil }
            return MediaFolderCheck.File(
                name: name, bytes: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                modified: attributes[.modificationDate] as? Date ?? .distantPast)
        }
    }
}
