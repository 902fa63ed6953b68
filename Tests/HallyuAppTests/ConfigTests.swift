import Foundation
import HallyuStore
import Testing

@testable import HallyuApp

@Suite("Configuration")
struct ConfigTests {
    @Test func defaultsFollowTheContract() throws {
        let config = try Config.fromEnvironment([:])
        #expect(config.database == .sqliteFile(path: "hallyu.sqlite"))
        #expect(config.publicURL.absoluteString == "http://127.0.0.1:8080")
        #expect(config.timeZone.identifier == "Asia/Seoul")
        #expect(config.secret == nil)
        #expect(config.mediaDirectory.hasSuffix("/media"))
        #expect(config.pageCacheBytes == 64 << 20)
        #expect(config.apiTokenRate == 600)
        #expect(config.metricsToken == nil, "no metrics without a token")
        #expect(config.logFormat == .text)
        #expect(config.shutdownGrace == .seconds(10))
        let set = try Config.fromEnvironment([
            "HALLYU_METRICS_TOKEN": "0123456789abcdef", "LOG_FORMAT": "JSON", "HALLYU_SHUTDOWN_GRACE": "30",
        ])
        #expect(set.metricsToken == "0123456789abcdef" && set.logFormat == .json && set.shutdownGrace == .seconds(30))
        #expect(try Config.fromEnvironment(["HALLYU_CACHE_MB": "0"]).pageCacheBytes == 0, "0 turns the cache off")
    }

    @Test(arguments: [
        ("DATABASE_URL", "mysql://x"),
        ("DATABASE_URL", "sqlite:"),
        ("HALLYU_PUBLIC_URL", "not a url"),
        ("HALLYU_TIMEZONE", "Mars/Olympus"),
        ("HALLYU_SECRET", "short"),
        ("HALLYU_TRUSTED_PROXIES", "10.0.0.0/99"),
        ("HALLYU_THEME_DIR", "/definitely/not/here"),
        ("LOG_LEVEL", "loud"),
        ("HALLYU_CACHE_MB", "lots"),
        ("HALLYU_CACHE_MB", "-1"),
        ("HALLYU_CACHE_MB", "99999999999999999999"),
        ("DATABASE_READ_URLS", "postgres://h:h@127.0.0.1:5433/h"),
        ("HALLYU_API_TOKEN_RATE", "0"),
        ("HALLYU_API_TOKEN_RATE", "many"),
        ("HALLYU_METRICS_TOKEN", "short"),
        ("HALLYU_METRICS_TOKEN", "has a space in it somewhere"),
        ("LOG_FORMAT", "xml"),
        ("HALLYU_SHUTDOWN_GRACE", "0"),
        ("HALLYU_SHUTDOWN_GRACE", "soon"),
    ])
    func anInvalidValueNamesItsVariable(variable: String, value: String) {
        #expect {
            try Config.fromEnvironment([variable: value])
        } throws: { error in
            (error as? ConfigError)?.variable == variable && !(error as! ConfigError).description.contains("\n")
        }
    }

    @Test func postgresPasswordsAreRedacted() throws {
        let location = try DatabaseLocation(parsing: "postgres://hallyu:secret@127.0.0.1:5432/hallyu")
        #expect(!location.redacted.contains("secret"))
    }

    @Test func aPostgreSQLAddressSaysItsSchemaAndHowLongToWaitForAConnection() throws {
        let url = "postgres://h:h@127.0.0.1:5432/h?sslmode=disable&search_path=site&connect_timeout=45"
        let configuration = try DatabaseLocation.postgresConfiguration(url: url)
        #expect(configuration.searchPath == ["site"])
        #expect(configuration.coreConfiguration.options.connectTimeout == .seconds(45))
        #expect(
            try DatabaseLocation.postgresConfiguration(url: "postgres://h:h@127.0.0.1/h").coreConfiguration.options.connectTimeout == .seconds(10))
        for bad in ["0", "soon", "601"] {
            #expect(throws: StoreError.self, "\(bad)") {
                try DatabaseLocation.postgresConfiguration(url: "postgres://h:h@127.0.0.1/h?connect_timeout=\(bad)")
            }
        }
    }

    @Test func readReplicasArePostgreSQLBesideAPostgreSQLPrimary() throws {
        let primary = "postgres://h:h@127.0.0.1:5432/h"
        let config = try Config.fromEnvironment([
            "DATABASE_URL": primary, "DATABASE_READ_URLS": "postgres://h:h@127.0.0.1:5433/h, postgresql://h:h@127.0.0.1:5434/h",
        ])
        #expect(config.readReplicas == [.postgres(url: "postgres://h:h@127.0.0.1:5433/h"), .postgres(url: "postgresql://h:h@127.0.0.1:5434/h")])
        #expect(try Config.fromEnvironment(["DATABASE_URL": primary]).readReplicas.isEmpty)
        #expect(throws: ConfigError.self, "a SQLite file is no replica") {
            try Config.fromEnvironment(["DATABASE_URL": primary, "DATABASE_READ_URLS": "sqlite:copy.sqlite"])
        }
    }

    @Test func trustedProxiesAcceptAddressesAndRanges() throws {
        let config = try Config.fromEnvironment(["HALLYU_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8, ::1"])
        #expect(config.trustedProxies == ["127.0.0.1", "10.0.0.0/8", "::1"])
    }
}
