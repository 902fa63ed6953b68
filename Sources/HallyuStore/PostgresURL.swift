import FluentPostgresDriver
import Foundation

extension DatabaseLocation {
    /// The PostgreSQL configuration for a `postgres://` URL. `?search_path=NAME` puts the tables
    /// in a schema of their own (tests use one per test); the driver does not know the parameter,
    /// so it is taken out of the URL and set as the connection's search path.
    public static func postgresConfiguration(url: String) throws -> SQLPostgresConfiguration {
        var components = URLComponents(string: url)
        let schema = components?.queryItems?.first { $0.name == "search_path" }?.value
        components?.queryItems?.removeAll { $0.name == "search_path" }
        if components?.queryItems?.isEmpty == true { components?.queryItems = nil }
        var configuration = try SQLPostgresConfiguration(url: components?.string ?? url)
        if let schema { configuration.searchPath = [schema] }
        return configuration
    }
}
