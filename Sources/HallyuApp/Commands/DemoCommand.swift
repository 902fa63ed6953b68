import ConsoleKit
import Vapor

/// `hallyu demo`: load the demo newsroom; a second run changes nothing.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Load the demo newsroom (safe to run again: existing items are left as they are)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.migrateOrExplain()
        let tally = try await DemoLoader(database: app.db, mediaDirectory: app.config.mediaDirectory).load()
        let cards = try await app.makeDrawingCards()
        // A server on this database drops its cached pages within a second.
        await app.announce(.everything)
        context.console.output("Demo newsroom: \(tally)" + (cards > 0 ? "; social cards for \(cards) picture(s)." : "."), style: .plain)
    }
}
