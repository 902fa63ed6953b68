import ConsoleKit
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu media variants`: makes the resized copies of every image that lacks the current
/// recipe's, with progress, and says what could not be made and why. Pages showing the images
/// pick up the copies within a second on every server of the site.
struct MediaVariantsRun {
    let context: CommandContext

    func run() async throws {
        let app = context.application
        try await app.requireCurrentSchemaOrExplain()
        guard app.variantMaker != nil else { throw StartupError(description: VipsTool.missing) }
        let pending = try await app.mediaLibrary.needingVariants()
        let console = context.console
        console.output("\(pending.count) image(s) without resized copies in \(app.config.mediaDirectory)", style: .plain)
        let progress = ProgressLine(console: console, label: "resized copies")
        var made = 0
        var problems: [(Media, String)] = []
        let started = ContinuousClock.now
        for (index, media) in pending.enumerated() {
            let after = try await app.makeVariants(of: media).media
            if after.variants?.recipe == ImageVariants.currentRecipe {
                made += 1
            } else {
                let problem = try await app.mediaLibrary.item(id: media.id)?.variantsProblem ?? "no copies were made"
                problems.append((media, problem))
            }
            progress.update(index + 1, pending.count)
        }
        progress.finish()
        if made > 0 { await app.announce(.of(.articles)) }
        let elapsed = (ContinuousClock.now - started).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        console.output("Made the copies of \(made) image(s) in \(String(format: "%.1f", seconds)) s.", style: .plain)
        for (media, problem) in problems { console.output("  \(media.fileName): \(problem)", style: .plain) }
    }

    /// After an import: how many images still need their copies, and the command that makes them.
    static func reminder(_ app: Application) async throws -> String? {
        let count = try await app.mediaLibrary.needingVariants().count
        guard count > 0 else { return nil }
        return "\(count) image(s) have no resized copies yet; readers get the files as they are until `hallyu media variants` makes them"
            + (app.variantMaker == nil ? " (it needs vips: apt-get install libvips-tools)." : ".")
    }
}
