import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import HallyuDecoding
import HallyuStore
import Leaf
import LeafKit
import Vapor

/// Sets up the database, templates, middleware and routes. Nothing here touches the database:
/// migrating is the job of the commands, so `configure` is cheap for every test.
public func configure(_ app: Application, config: Config) async throws {
    app.storage[ConfigKey.self] = config
    app.storage[FormattingKey.self] = Formatting(timeZone: config.timeZone)
    app.logger.logLevel = config.logLevel
    try useDatabase(config.database, on: app)
    try useReadReplicas(config.readReplicas, patience: config.replicaPatience, on: app)
    for migration in HallyuSchema.migrations { app.migrations.add(migration) }

    app.storage[SiteMetricsKey.self] = SiteMetrics()
    // The site counts its requests itself (`RequestObservation`), by status class and with the
    // front's cache hits.
    app.http.server.configuration.reportMetrics = false
    // Connections finish their exchanges within the grace period when the server stops.
    app.http.server.configuration.shutdownTimeout = .nanoseconds(Int64(config.shutdownGrace.seconds * 1e9))

    app.middleware = Middlewares()
    // Outermost first: every answer, error pages included, is counted and logged with its
    // request's identifier; every request is counted until its handler ends, so shutting down
    // waits for it; error pages get the security headers too.
    app.middleware.use(RequestObservation())
    let inFlight = RequestsInFlight(grace: config.shutdownGrace)
    app.middleware.use(inFlight)
    app.lifecycle.use(inFlight)
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(SiteErrorMiddleware())
    // Inside the error pages, so it sees a write's refusal or failure as thrown.
    app.middleware.use(UnannouncedWriteMiddleware())
    app.middleware.use(RedirectMiddleware())
    try useStaticFiles(config, on: app)
    try useTemplates(config, on: app)
    app.routes.defaultMaxBodySize = "64kb"
    // Bodies and queries pass checks before they are decoded: the multipart parser underneath
    // crashes on some, and PostgreSQL refuses the NUL character.
    Application.useCheckingDecoders()
    // One answer is the same bytes from every build and every instance, so caches in front
    // give it one ETag.
    ContentConfiguration.global.use(encoder: JSONEncoder.custom(dates: .iso8601, format: .sortedKeys), for: .json)
    // bcrypt's cost 12 takes a quarter of a second a password, as it should; tests sign in
    // hundreds of times and use the cheapest cost of the same algorithm.
    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))

    app.asyncCommands.use(SiteServeCommand(inner: await app.servers.asyncCommand), as: "serve", isDefault: true)
    app.asyncCommands.use(SiteMigrateCommand(), as: "migrate")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(ExportCommand(), as: "export")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(UserCommand(), as: "user")
    app.asyncCommands.use(MediaCommand(), as: "media")
    app.asyncCommands.use(BenchCorpusCommand(), as: "bench")
    try routes(app)
}

struct ConfigKey: StorageKey {
    typealias Value = Config
}

struct FormattingKey: StorageKey {
    typealias Value = Formatting
}

extension Application {
    /// The configuration `configure` was given.
    var config: Config {
        guard let config = storage[ConfigKey.self] else { fatalError("configure(_:config:) has not run") }
        return config
    }

    /// Date formatting in the newsroom's time zone, shared by every request.
    var formatting: Formatting {
        storage[FormattingKey.self] ?? Formatting(timeZone: config.timeZone)
    }
}

private func useDatabase(_ location: DatabaseLocation, on app: Application) throws {
    switch location {
    case .sqliteMemory:
        let path = SQLiteReading.temporaryPath()
        // As a served file is: the public pages' reader never waits for a commit.
        try SQLiteReader.useWriteAheadLog(path: path)
        app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
        useReader(path: path, temporary: true, on: app)
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
        app.lifecycle.use(SQLiteTuning())
        useReader(path: path, temporary: false, on: app)
    case .postgres(let url):
        let configuration = try DatabaseLocation.postgresConfiguration(url: url)
        // SQL with its values is logged only at trace level, which an operator asks for on purpose.
        // Four connections per event loop (the driver's default is one): a request holds one
        // for a whole transaction, and with one per core two dozen editors saving at once
        // waited past the pool's ten seconds.
        app.databases.use(
            .postgres(configuration: configuration, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace),
            as: .psql)
    }
}

/// Each replica as a database of its own ("replica-1", …), never the default one, and again as a
/// small pool for the questions about where it stands.
private func useReadReplicas(_ replicas: [DatabaseLocation], patience: Duration, on app: Application) throws {
    var known: [ReadReplicas.Replica] = []
    for (index, replica) in replicas.enumerated() {
        guard case .postgres(let url) = replica else { continue }
        let replicaRef = ReadReplicas.Replica(
            id: DatabaseID(string: "replica-\(index + 1)"), checks: DatabaseID(string: "replica-\(index + 1)-checks"),
            name: "replica \(index + 1)")
        let configuration = try DatabaseLocation.postgresConfiguration(url: url)
        // A replica that is down is given up on within `patience` (the read goes to the primary),
        // not after the ten seconds a request waits for the primary.
        let poolTimeout = TimeAmount.nanoseconds(Int64(patience.seconds * 1e9))
        for id in [replicaRef.id, replicaRef.checks] {
            app.databases.use(
                .postgres(configuration: configuration, connectionPoolTimeout: poolTimeout, sqlLogLevel: .trace), as: id, isDefault: false)
        }
        known.append(replicaRef)
    }
    app.storage[ReadReplicasKey.self] = ReadReplicas(known, patience: patience)
}

private func useReader(path: String, temporary: Bool, on app: Application) {
    let reader = SQLiteReader(path: path, cacheKibibytes: SQLiteTuning.readingCacheKibibytes)
    app.storage[SQLiteReaderKey.self] = reader
    app.lifecycle.use(SQLiteReading(reader: reader, temporaryFile: temporary ? path : nil))
}

/// Static files: the theme folder's `Public` first (when set), then the bundled ones.
private func useStaticFiles(_ config: Config, on app: Application) throws {
    if let theme = config.themeDirectory {
        app.middleware.use(StaticFiles(folder: (theme as NSString).appendingPathComponent("Public")))
    }
    app.middleware.use(StaticFiles(folder: try Resources.folder("Public").path))
}

/// Leaf reads the theme folder's `Views` first (when set), then the bundled templates, so the
/// executable works from any working directory.
private func useTemplates(_ config: Config, on app: Application) throws {
    app.views.use(.leaf)
    app.leaf.tags["ko"] = KoreanTextTag()
    let sources = LeafSources()
    if let theme = config.themeDirectory {
        try sources.register(
            source: "theme",
            using: NIOLeafFiles(
                fileio: app.fileio, limits: .default, sandboxDirectory: theme,
                viewDirectory: (theme as NSString).appendingPathComponent("Views") + "/"))
    }
    let bundled = try Resources.folder("Views").path
    // The bundle may sit inside a hidden folder such as `.build`; the sandbox still applies.
    let bundledLimits: NIOLeafFiles.Limit = [.toSandbox, .requireExtensions]
    try sources.register(
        source: "bundled",
        using: NIOLeafFiles(
            fileio: app.fileio, limits: bundledLimits, sandboxDirectory: bundled, viewDirectory: bundled + "/"))
    app.leaf.sources = sources
    // A theme's templates replace the bundled ones, so reader pages go through Leaf with one set.
    let themeViews = config.themeDirectory.map { ($0 as NSString).appendingPathComponent("Views") }
    app.readerPageRendering = themeViews.map { FileManager.default.fileExists(atPath: $0) } == true ? .templates : .compiled
    // Bundled templates never change under a running server; a theme being designed might.
    app.leaf.cache.isEnabled = config.themeDirectory == nil
}

/// The folders bundled with the executable.
enum Resources {
    static func folder(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil) else {
            throw Abort(.internalServerError, reason: "the bundled \(name) folder is missing")
        }
        return url
    }
}
