import Fluent
import FluentPostgresDriver
import HallyuStore
import Vapor

/// A start-up failure, said in one line that names what to fix.
public struct StartupError: Error, CustomStringConvertible {
    public let description: String
}

private struct SecretKey: StorageKey {
    typealias Value = SiteSecret
}

extension Application {
    /// Runs pending migrations, turning a database that cannot be opened or reached into a
    /// one-line message naming `DATABASE_URL`. On PostgreSQL, one process migrates at a time
    /// (`MigrationLock`): another started at the same moment waits, then finds nothing to do.
    func migrateOrExplain() async throws {
        do {
            try await underMigrationLock { try await autoMigrate() }
        } catch {
            throw StartupError(description: "cannot use the database at DATABASE_URL=\(config.database.redacted): \(Self.firstLine(of: error))")
        }
        try await loadSecret()
    }

    /// For a server that does not migrate (`serve` on PostgreSQL without `--migrate`): waits
    /// while another process migrates, then refuses to start if the schema is still behind
    /// this version, saying what to run.
    func requireCurrentSchemaOrExplain() async throws {
        let pending: Int
        do {
            pending = try await underMigrationLock {
                try await migrator.setupIfNeeded().get()
                return try await migrator.previewPrepareBatch().get().count
            }
        } catch {
            throw StartupError(description: "cannot use the database at DATABASE_URL=\(config.database.redacted): \(Self.firstLine(of: error))")
        }
        guard pending == 0 else {
            throw StartupError(
                description: "the database at DATABASE_URL=\(config.database.redacted) is \(pending) "
                    + (pending == 1 ? "migration" : "migrations")
                    + " behind this version of Hallyu: run `hallyu migrate` first, or start with `hallyu serve --migrate`")
        }
        try await loadSecret()
    }

    private func underMigrationLock<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        guard case .postgres(let url) = config.database else { return try await body() }
        let logger = self.logger
        return try await MigrationLock.whileHeld(
            url: url, logger: logger,
            waiting: {
                logger.notice("Another process holds the migration lock (migrating, or checking the schema as this one is); waiting for it.")
            }, body)
    }

    /// `HALLYU_SECRET`, or the one generated on first start and kept in the database so every
    /// instance signs with the same key.
    private func loadSecret() async throws {
        let text =
            if let secret = config.secret {
                secret
            } else {
                try await Settings(database: db).valueOrInsert("secret") {
                    [UInt8].random(count: 32).hex
                }
            }
        storage[SecretKey.self] = SiteSecret(text)
    }

    /// The key for signed cookies, CSRF tokens and address hashes; set once the database is
    /// migrated, before anything is served.
    var siteSecret: SiteSecret? { storage[SecretKey.self] }

    /// A database error in one line an operator can read.
    static func firstLine(of error: any Error) -> String {
        let text: String
        if let postgres = error as? PSQLError {
            // PostgreSQL's errors describe themselves generically; say what kind of failure it was.
            switch postgres.code {
            case .connectionError: text = "could not connect: \(postgres.underlying.map { String(describing: $0) } ?? "no answer")"
            case .server: text = "the server refused: \(postgres.serverInfo?[.message] ?? "no reason given")"
            default: text = "\(postgres.code)"
            }
        } else {
            text = String(describing: error)
        }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > 240 ? String(line.prefix(240)) + "…" : line
    }
}
