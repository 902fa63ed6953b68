import ConsoleKit
import Fluent
import HallyuStore
import Vapor

/// `hallyu serve [--hostname H] [--port P] [--demo] [--migrate]`: migrates (see `migrates`) or
/// checks the schema is current, loads the demo into an empty database when asked, then hands
/// over to Vapor's own serve command.
struct SiteServeCommand: AnyAsyncCommand {
    let inner: any AnyAsyncCommand

    var help: String {
        "Serve the site. Migrates first on SQLite, with --demo (which loads the demo newsroom into an empty database) or with "
            + "--migrate; on PostgreSQL it otherwise refuses a schema that is behind (run `hallyu migrate`)."
    }

    func run(using context: inout CommandContext) async throws {
        let wantsDemo = context.input.arguments.contains("--demo")
        let asksToMigrate = context.input.arguments.contains("--migrate")
        context.input.arguments.removeAll { $0 == "--demo" || $0 == "--migrate" }
        let app = context.application
        if Self.migrates(app.config.database, asked: asksToMigrate, demo: wantsDemo) {
            try await app.migrateOrExplain()
        } else {
            try await app.requireCurrentSchemaOrExplain()
        }
        if wantsDemo {
            if try await app.articles.publishedCount() > 0 {
                app.logger.notice("The database already has articles; the demo newsroom is not loaded into it.")
            } else {
                let tally = try await DemoLoader(database: app.db, mediaDirectory: app.config.mediaDirectory).load()
                app.logger.notice("Demo newsroom loaded: \(tally).")
            }
            // A few seconds of `vips`, which readers need not wait for.
            Task { [app] in
                do {
                    let made = try await app.makeDrawingCards()
                    if made > 0 { app.logger.notice("Social cards drawn for \(made) demo picture(s).") }
                } catch {
                    app.logger.warning("The demo pictures' social cards could not be made: \(String(describing: error))")
                }
            }
        }
        // Other instances and commands on this database say what they changed through the log.
        let listener = ChangeLogListener()
        app.lifecycle.use(listener)
        await listener.poll(app)
        listener.start(app)
        let publisher = ScheduledPublisher(interval: .seconds(5))
        app.lifecycle.use(publisher)
        publisher.start(app)
        let monitor = ReplicaMonitor()
        app.lifecycle.use(monitor)
        monitor.start(app)
        let sweeper = ExpiredRows()
        app.lifecycle.use(sweeper)
        sweeper.start(app)
        let trims = FreedMemory.Rounds()
        app.lifecycle.use(trims)
        trims.start()
        // The name index takes seconds to build for a large knowledge base; build it now, so no
        // reader or editor waits for it.
        Task { _ = try? await app.mentionIndexCache.index(on: app.db) }
        // With the page cache on, cached pages are answered before Vapor builds a request.
        // (It speaks plain HTTP/1.1: a server configured for TLS is Vapor's alone.)
        if app.pageCache.isEnabled, app.http.server.configuration.tlsConfiguration == nil { app.servers.use(.front) }
        try await inner.run(using: &context)
    }

    /// Whether `serve` migrates: when asked, for the demo, and always on SQLite, whose one file
    /// one server uses. Instances sharing PostgreSQL leave it to `hallyu migrate`, a step of its
    /// own before they start.
    static func migrates(_ database: DatabaseLocation, asked: Bool, demo: Bool) -> Bool {
        if asked || demo { return true }
        if case .postgres = database { return false }
        return true
    }

    func outputHelp(using context: inout CommandContext) throws {
        context.console.output("Usage: hallyu serve [--hostname H] [--port P] [--demo] [--migrate]", style: .plain)
        context.console.output(help, style: .plain)
    }
}
