import FluentPostgresDriver
import Foundation
import Logging

/// One process at a time changes a PostgreSQL schema: instances started together on an empty
/// database would otherwise run the same migrations at once, and the second would fail on
/// tables the first had just made. The lock is PostgreSQL's advisory lock, taken on a connection
/// of its own (not one of the pool's, which the migrations use), so it is released however the
/// holder ends, a crash included. It is per schema (`?search_path=`), so databases that share a
/// server do not wait for each other.
public enum MigrationLock {
    /// Runs `body` while holding the lock for the schema `url` names, waiting while another
    /// process holds it. `waiting` is called once if it has to wait.
    public static func whileHeld<T: Sendable>(
        url: String, logger: Logger, waiting: @Sendable () -> Void = {},
        _ body: () async throws -> T
    ) async throws -> T {
        let configuration = try DatabaseLocation.postgresConfiguration(url: url)
        let schema = configuration.searchPath?.first ?? "public"
        let connection = try await PostgresConnection.connect(configuration: configuration.coreConfiguration, id: 0, logger: logger)
        do {
            let taken =
                try await connection.query("SELECT pg_try_advisory_lock(\(namespace), hashtext(\(schema)))", logger: logger)
                .collect().first?.decode(Bool.self) ?? false
            if !taken {
                waiting()
                _ = try await connection.query("SELECT pg_advisory_lock(\(namespace), hashtext(\(schema)))", logger: logger).collect()
            }
            let result = try await body()
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(namespace), hashtext(\(schema)))", logger: logger).collect()
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// The lock's first key, so Hallyu's locks do not meet another program's on the same server.
    static let namespace: Int32 = 0x4841_4C59  // "HALY"
}
