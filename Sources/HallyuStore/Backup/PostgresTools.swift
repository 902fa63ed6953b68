import FluentKit
import Foundation
import SQLKit

/// `pg_dump` and `pg_restore` for a site on PostgreSQL, given its `DATABASE_URL`: the password
/// goes to them in the environment, never on a command line others can read, and a
/// `search_path` becomes the schema to dump.
public struct PostgresTools: Sendable {
    let url: String

    public init(url: String) {
        self.url = url
    }

    /// Whether both programs are on the PATH.
    public static var available: Bool { ["pg_dump", "pg_restore"].allSatisfy { ExternalProgram.find($0) != nil } }

    /// The schema the site's tables are in: the URL's `search_path`, else `public`. A dump
    /// restores into the schema it was taken from.
    public var schema: String {
        ((try? connection())?.schema).flatMap { $0 } ?? "public"
    }

    /// How many tables the site's schema holds: none for a place a dump may be restored into.
    public func tableCount(in database: any Database) async throws -> Int {
        guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
        return try await sql.raw("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = \(bind: schema)").first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// Empties the site's schema, for a restore told to replace what is there.
    public func emptySchema(in database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
        let quoted = "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try await sql.raw("DROP SCHEMA IF EXISTS \(unsafeRaw: quoted) CASCADE").run()
        try await sql.raw("CREATE SCHEMA \(unsafeRaw: quoted)").run()
    }

    /// Dumps the database as it stands in one snapshot, counting `tables` and listing the media
    /// files in that same snapshot, so both describe the dump exactly however busy the site is.
    public func dump(
        from database: any Database, to file: String, counting tables: [String]
    ) async throws -> (
        counts: [String: Int], mediaFiles: [String]
    ) {
        let (uri, password, schema) = try connection()
        return try await database.transaction { database in
            guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
            try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            guard let snapshot = try await sql.raw("SELECT pg_export_snapshot() AS id").first()?.decode(column: "id", as: String.self) else {
                throw StoreError.failure("PostgreSQL gave no snapshot")
            }
            var counts: [String: Int] = [:]
            for table in tables {
                let exists = try await sql.raw("SELECT to_regclass(\(bind: table)) IS NOT NULL AS present").first()?.decode(
                    column: "present", as: Bool.self)
                guard exists == true else { continue }
                counts[table] =
                    try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: "\"" + table + "\"")").first()?.decode(column: "n", as: Int.self) ?? 0
            }
            let mediaFiles =
                counts["media"] == nil
                ? []
                : try await sql.raw("SELECT file_name, variants FROM media WHERE file_name IS NOT NULL ORDER BY file_name").all()
                    .flatMap { row in
                        MediaFileNames.of(
                            try row.decode(column: "file_name", as: String.self),
                            variants: try row.decodeNil(column: "variants") ? nil : try row.decode(column: "variants", as: String.self))
                    }
            var arguments = ["--dbname=\(uri)", "--format=custom", "--no-owner", "--no-privileges", "--snapshot=\(snapshot)", "--file=\(file)"]
            if let schema { arguments.append("--schema=\(schema)") }
            try await ExternalProgram.run("pg_dump", arguments, password: password)
            return (counts, mediaFiles)
        }
    }

    /// Restores a dump, replacing what the dump holds (the caller has made sure there is nothing
    /// there to lose, or was told to go ahead).
    public func restore(from file: String) async throws {
        let (uri, password, _) = try connection()
        try await ExternalProgram.run(
            "pg_restore", ["--dbname=\(uri)", "--no-owner", "--no-privileges", "--clean", "--if-exists", "--exit-on-error", file],
            password: password)
    }

    /// The URL without its password and search path, the password, and the schema.
    private func connection() throws -> (uri: String, password: String?, schema: String?) {
        guard var components = URLComponents(string: url) else { throw StoreError.invalid("DATABASE_URL is not a URL") }
        let password = components.password
        components.password = nil
        let schema = components.queryItems?.first { $0.name == "search_path" }?.value
        components.queryItems?.removeAll { $0.name == "search_path" }
        if components.queryItems?.isEmpty == true { components.queryItems = nil }
        if components.scheme == "postgres" { components.scheme = "postgresql" }
        guard let uri = components.string else { throw StoreError.invalid("DATABASE_URL is not a URL") }
        return (uri, password, schema)
    }
}

extension ExternalProgram {
    /// A PostgreSQL program found on the PATH, with the password in its environment; a failure
    /// is the first line of what it wrote.
    static func run(_ name: String, _ arguments: [String], password: String?) async throws {
        guard let path = find(name) else { throw StoreError.failure("\(name) is not on the PATH (Debian: apt-get install postgresql-client)") }
        do {
            try await run(path: path, arguments, environment: password.map { ["PGPASSWORD": $0] } ?? [:])
        } catch let failure as Failure {
            throw StoreError.failure("\(name) failed: \(failure.firstLine)")
        }
    }
}
