import FluentPostgresDriver
import Foundation

extension DatabaseLocation {
    /// The PostgreSQL configuration for a `postgres://` URL. `?search_path=NAME` puts the tables
    /// in a schema of their own (tests use one per test); `connect_timeout=SECONDS` (libpq's
    /// name; 10 by default) is how long opening a connection may take. The driver knows neither
    /// parameter, so they are taken out of the URL and set on the configuration.
    public static func postgresConfiguration(url: String) throws -> SQLPostgresConfiguration {
        var components = URLComponents(string: url)
        let schema = components?.queryItems?.first { $0.name == "search_path" }?.value
        let timeout = components?.queryItems?.first { $0.name == "connect_timeout" }?.value
        components?.queryItems?.removeAll { $0.name == "search_path" || $0.name == "connect_timeout" }
        if components?.queryItems?.isEmpty == true { components?.queryItems = nil }
        var configuration = try SQLPostgresConfiguration(url: components?.string ?? url)
        if let schema { configuration.searchPath = [schema] }
        if let timeout {
            guard let seconds = Int64(timeout), (1...600).contains(seconds) else {
                throw StoreError.invalid("connect_timeout must be a whole number of seconds from 1 to 600, not \"\(timeout)\"")
            }
            configuration.coreConfiguration.options.connectTimeout = .seconds(seconds)
        }
        return configuration
    }
}
