import ConsoleKit
import Vapor

/// `hallyu migrate`: create or upgrade the schema, then exit.
struct SiteMigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Create or upgrade the database schema, then exit." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.migrateOrExplain()
        context.console.output("The database at \(context.application.config.database.redacted) is up to date.", style: .plain)
    }
}
