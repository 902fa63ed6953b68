import Foundation
import HallyuCore
import HallyuStore
import Logging

/// The configuration, read once from the environment at start-up (docs/contract.md lists each variable).
public struct Config: Sendable {
    public var database: DatabaseLocation
    public var publicURL: URL
    public var mediaDirectory: String
    /// Nil means "generate one and keep it in the database".
    public var secret: String?
    public var timeZone: TimeZone
    public var trustedProxies: [String]
    public var themeDirectory: String?
    public var logLevel: Logger.Level
    /// The page cache's bound in bytes (`HALLYU_CACHE_MB`); 0 turns the cache off.
    public var pageCacheBytes: Int
    public static let defaultPageCacheMegabytes = 64
    /// PostgreSQL read replicas (`DATABASE_READ_URLS`) for the reader pages and the public API.
    public var readReplicas: [DatabaseLocation]
    /// How long a replica may take to give a connection or say where its log stands before it
    /// counts as down and reads go to the primary. A second: a reader waits no longer than that
    /// for a replica that was cut off.
    public var replicaPatience: Duration = .seconds(1)
    /// The `vips` program that makes images' resized copies (`HALLYU_VIPS`); nil to look for it
    /// on the PATH. A path where no program is means the site runs without copies.
    public var vipsPath: String?
    /// Requests a minute each API token may make (`HALLYU_API_TOKEN_RATE`).
    public var apiTokenRate: Int
    public static let defaultAPITokenRate = 600
    /// The bearer token `/metrics` asks for (`HALLYU_METRICS_TOKEN`); without one it answers 404.
    public var metricsToken: String?
    /// How log lines are written (`LOG_FORMAT`).
    public var logFormat: LogFormat
    /// How long a stopping server lets the requests under way finish (`HALLYU_SHUTDOWN_GRACE`).
    public var shutdownGrace: Duration
    public static let defaultShutdownGraceSeconds = 10

    public init(
        database: DatabaseLocation, publicURL: URL, mediaDirectory: String, secret: String? = nil,
        timeZone: TimeZone, trustedProxies: [String] = [], themeDirectory: String? = nil,
        logLevel: Logger.Level = .info, pageCacheBytes: Int = Config.defaultPageCacheMegabytes << 20,
        readReplicas: [DatabaseLocation] = [], apiTokenRate: Int = Config.defaultAPITokenRate,
        metricsToken: String? = nil, logFormat: LogFormat = .text,
        shutdownGrace: Duration = .seconds(Config.defaultShutdownGraceSeconds)
    ) {
        self.database = database
        self.publicURL = publicURL
        self.mediaDirectory = mediaDirectory
        self.secret = secret
        self.timeZone = timeZone
        self.trustedProxies = trustedProxies
        self.themeDirectory = themeDirectory
        self.logLevel = logLevel
        self.pageCacheBytes = pageCacheBytes
        self.readReplicas = readReplicas
        self.apiTokenRate = apiTokenRate
        self.metricsToken = metricsToken
        self.logFormat = logFormat
        self.shutdownGrace = shutdownGrace
    }

    /// Reads and checks every variable; the first bad one stops start-up with its name in the message.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> Config {
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        let database: DatabaseLocation
        do {
            database = try DatabaseLocation(parsing: value("DATABASE_URL") ?? "sqlite:hallyu.sqlite")
        } catch {
            throw ConfigError(variable: "DATABASE_URL", reason: error.message)
        }
        let publicText = value("HALLYU_PUBLIC_URL") ?? "http://127.0.0.1:8080"
        guard let publicURL = URL(string: publicText.hasSuffix("/") ? String(publicText.dropLast()) : publicText),
            ["http", "https"].contains(publicURL.scheme ?? ""), publicURL.host?.isEmpty == false
        else {
            throw ConfigError(variable: "HALLYU_PUBLIC_URL", reason: "expected an absolute http(s) URL such as https://news.example.com")
        }
        let zoneName = value("HALLYU_TIMEZONE") ?? "Asia/Seoul"
        guard let timeZone = TimeZone(identifier: zoneName) else {
            throw ConfigError(variable: "HALLYU_TIMEZONE", reason: "\"\(zoneName)\" is not a time zone name such as Asia/Seoul")
        }
        let secret = value("HALLYU_SECRET")
        if let secret, secret.utf8.count < 32 {
            throw ConfigError(variable: "HALLYU_SECRET", reason: "must be at least 32 characters long")
        }
        let proxies = (value("HALLYU_TRUSTED_PROXIES") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for proxy in proxies where !AddressRange.isValid(proxy) {
            throw ConfigError(variable: "HALLYU_TRUSTED_PROXIES", reason: "\"\(proxy)\" is not an IP address or CIDR range")
        }
        var themeDirectory: String?
        if let theme = value("HALLYU_THEME_DIR") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: theme, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ConfigError(variable: "HALLYU_THEME_DIR", reason: "\(theme) is not a folder")
            }
            themeDirectory = theme
        }
        let levelText = value("LOG_LEVEL") ?? "info"
        guard let logLevel = Logger.Level(rawValue: levelText.lowercased()) else {
            throw ConfigError(variable: "LOG_LEVEL", reason: "expected one of trace, debug, info, notice, warning, error, critical")
        }
        let cacheText = value("HALLYU_CACHE_MB") ?? String(Config.defaultPageCacheMegabytes)
        guard let cacheMegabytes = Int(cacheText), (0...65_536).contains(cacheMegabytes) else {
            throw ConfigError(variable: "HALLYU_CACHE_MB", reason: "expected a whole number of megabytes from 0 (no cache) to 65536")
        }
        let rateText = value("HALLYU_API_TOKEN_RATE") ?? String(Config.defaultAPITokenRate)
        guard let apiTokenRate = Int(rateText), (1...1_000_000).contains(apiTokenRate) else {
            throw ConfigError(variable: "HALLYU_API_TOKEN_RATE", reason: "expected a whole number of requests a minute from 1 to 1000000")
        }
        let metricsToken = value("HALLYU_METRICS_TOKEN")
        if let metricsToken, metricsToken.utf8.count < 16 || metricsToken.contains(where: \.isWhitespace) {
            throw ConfigError(variable: "HALLYU_METRICS_TOKEN", reason: "must be at least 16 characters long, without spaces")
        }
        let formatText = value("LOG_FORMAT") ?? "text"
        guard let logFormat = LogFormat(rawValue: formatText.lowercased()) else {
            throw ConfigError(variable: "LOG_FORMAT", reason: "expected text or json")
        }
        let graceText = value("HALLYU_SHUTDOWN_GRACE") ?? String(Config.defaultShutdownGraceSeconds)
        guard let graceSeconds = Int(graceText), (1...3600).contains(graceSeconds) else {
            throw ConfigError(variable: "HALLYU_SHUTDOWN_GRACE", reason: "expected a whole number of seconds from 1 to 3600")
        }
        var replicas: [DatabaseLocation] = []
        for text in (value("DATABASE_READ_URLS") ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !text.isEmpty {
            guard case .postgres = database else {
                throw ConfigError(variable: "DATABASE_READ_URLS", reason: "read replicas need DATABASE_URL to be PostgreSQL")
            }
            guard let replica = try? DatabaseLocation(parsing: text), case .postgres = replica else {
                throw ConfigError(
                    variable: "DATABASE_READ_URLS", reason: "expected comma-separated postgres:// URLs of the primary's streaming replicas")
            }
            replicas.append(replica)
        }
        var config = Config(
            database: database, publicURL: publicURL,
            mediaDirectory: value("HALLYU_MEDIA_DIR") ?? database.defaultMediaDirectory,
            secret: secret, timeZone: timeZone, trustedProxies: proxies,
            themeDirectory: themeDirectory, logLevel: logLevel, pageCacheBytes: cacheMegabytes << 20,
            readReplicas: replicas, apiTokenRate: apiTokenRate, metricsToken: metricsToken, logFormat: logFormat,
            shutdownGrace: .seconds(graceSeconds))
        config.vipsPath = value("HALLYU_VIPS")
        return config
    }
}

/// How log lines are written: swift-log's text, or one JSON object a line for a collector.
public enum LogFormat: String, Sendable {
    case text, json
}

/// A configuration value that cannot be used, named so the operator knows what to fix.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public let variable: String
    public let reason: String

    public var description: String { "\(variable): \(reason)" }
}
