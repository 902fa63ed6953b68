import Foundation

/// Where the data lives, parsed from `DATABASE_URL`.
public enum DatabaseLocation: Sendable, Equatable {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(url: String)

    /// Accepts `sqlite:PATH`, `sqlite::memory:`, `postgres://…` and `postgresql://…`.
    public init(parsing text: String) throws(DatabaseLocationError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "sqlite::memory:" {
            self = .sqliteMemory
        } else if trimmed.hasPrefix("sqlite:") {
            var path = String(trimmed.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else { throw .invalid("a sqlite: URL needs a file path, as in sqlite:hallyu.sqlite") }
            self = .sqliteFile(path: path)
        } else if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            guard let components = URLComponents(string: trimmed), components.host?.isEmpty == false else {
                throw .invalid("a postgres:// URL needs a host, as in postgres://user:pass@127.0.0.1:5432/db")
            }
            self = .postgres(url: trimmed)
        } else {
            throw .invalid("expected sqlite:PATH, sqlite::memory: or postgres://user:pass@host:port/db")
        }
    }

    /// The folder next to the database, where uploaded media goes by default.
    public var defaultMediaDirectory: String {
        switch self {
        case .sqliteFile(let path):
            let folder = (path as NSString).deletingLastPathComponent
            return ((folder.isEmpty ? FileManager.default.currentDirectoryPath : folder) as NSString)
                .appendingPathComponent("media")
        case .sqliteMemory, .postgres:
            return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("media")
        }
    }

    /// A description safe for logs: never the password.
    public var redacted: String {
        switch self {
        case .sqliteFile(let path): return "sqlite:\(path)"
        case .sqliteMemory: return "sqlite::memory:"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres://…" }
            if components.password != nil { components.password = "***" }
            return components.string ?? "postgres://…"
        }
    }
}

/// Why `DATABASE_URL` could not be used.
public enum DatabaseLocationError: Error, Sendable, Equatable {
    case invalid(String)

    public var message: String {
        switch self {
        case .invalid(let reason): reason
        }
    }
}
