import Foundation
import HallyuStore
import NIOConcurrencyHelpers
import Prometheus
import Vapor

/// What a scrape reads at the moment it comes, set into the registry just before it is
/// written out: the page cache's size, the database pools, the scheduler's backlog, the
/// moderation queue, the name index and the process. When the database cannot be asked, its
/// series keep their last values and the failure is logged: the scrape itself still answers.
struct MetricsReading {
    let app: Application

    /// One scrape at a time: totals kept elsewhere are copied into counters by resetting them,
    /// which a second scrape must not see halfway.
    private static let scrapes = NIOLock()

    /// The whole exposition, in Prometheus's text format.
    func exposition() async -> [UInt8] {
        let database = await readDatabase()
        let pools = await readPools()
        return Self.scrapes.withLock {
            let registry = app.metrics.registry
            setCache(registry)
            setNameIndex(registry)
            setProcess(registry)
            for (name, pool) in pools { set(pool, database: name, in: registry) }
            database.set(in: registry)
            return registry.emitToBuffer()
        }
    }

    private func setCache(_ registry: PrometheusCollectorRegistry) {
        let cache = app.pageCache
        let usage = cache.usage
        registry.gauge("hallyu_page_cache_bytes", help: "Bytes the page cache holds (bodies, gzip copies, headers).")
            .set(Double(usage.bytes))
        registry.gauge("hallyu_page_cache_capacity_bytes", help: "The most the page cache may hold (HALLYU_CACHE_MB).")
            .set(Double(cache.capacity))
        registry.gauge("hallyu_page_cache_entries", help: "Pages the page cache holds.").set(Double(usage.entries))
        Self.total(
            registry.counter(
                "hallyu_page_cache_evictions_total", help: "Pages pushed out of the page cache to make room (not those a write dropped)."),
            Double(cache.evictions))
    }

    private func setNameIndex(_ registry: PrometheusCollectorRegistry) {
        let statistics = app.mentionIndexCache.statistics
        Self.total(
            registry.counter("hallyu_name_index_builds_total", help: "Builds of the name index started since start-up."),
            Double(statistics.builds))
        guard let index = statistics.index else { return }
        registry.gauge("hallyu_name_index_entities", help: "Entities the name index in use was built from.")
            .set(Double(index.entityCount))
        registry.gauge("hallyu_name_index_keys", help: "Distinct name keys (spellings) the name index in use holds.")
            .set(Double(index.keyCount))
        if let seconds = statistics.lastBuildSeconds {
            registry.gauge("hallyu_name_index_build_seconds", help: "How long the last build of the name index took.")
                .set(seconds)
        }
    }

    private func setProcess(_ registry: PrometheusCollectorRegistry) {
        guard let process = ProcessStatistics.read() else { return }
        registry.gauge("process_resident_memory_bytes", help: "Resident memory size in bytes.").set(process.residentBytes)
        registry.gauge("process_virtual_memory_bytes", help: "Virtual memory size in bytes.").set(process.virtualBytes)
        registry.gauge("process_open_fds", help: "Number of open file descriptors.").set(process.openFiles)
        if let limit = process.maximumOpenFiles {
            registry.gauge("process_max_fds", help: "Maximum number of open file descriptors.").set(limit)
        }
        registry.gauge("process_start_time_seconds", help: "Start time of the process since unix epoch in seconds.")
            .set(process.startTime)
        Self.total(
            registry.counter("process_cpu_seconds_total", help: "Total user and system CPU time spent in seconds."),
            process.processorSeconds)
    }

    private func set(_ pool: ConnectionPoolReading, database: String, in registry: PrometheusCollectorRegistry) {
        let help = "Database connections of this process's pools, by state: in_use (lent to a query) or idle (open, kept for the next)."
        registry.gauge("hallyu_db_pool_connections", labels: [("database", database), ("state", "in_use")], help: help)
            .set(Double(pool.inUse))
        registry.gauge("hallyu_db_pool_connections", labels: [("database", database), ("state", "idle")], help: help)
            .set(Double(pool.idle))
        if let limit = pool.limit {
            registry.gauge(
                "hallyu_db_pool_connections_max", labels: [("database", database)],
                help: "The most connections this process's pools may open."
            ).set(Double(limit))
        }
        registry.gauge(
            "hallyu_db_pool_waiting", labels: [("database", database)],
            help: "Requests waiting now for a connection, every one of the pool's being in use."
        ).set(Double(pool.waiting))
    }

    /// The primary's pool, each replica's, and the SQLite reader's connections (which never wait).
    private func readPools() async -> [(String, ConnectionPoolReading)] {
        var pools: [(String, ConnectionPoolReading)] = []
        if let primary = await ConnectionPoolReading.read(nil, on: app) { pools.append(("primary", primary)) }
        for replica in app.readReplicas.replicas {
            if let reading = await ConnectionPoolReading.read(replica.id, on: app) {
                pools.append((replica.id.string, reading))
            }
        }
        if let reader = app.storage[SQLiteReaderKey.self] {
            app.metrics.registry.gauge(
                "hallyu_sqlite_reader_memory_bytes",
                help: "Memory SQLite holds for the idle connections that read public pages: page caches, prepared statements, schemas."
            ).set(Double(reader.idleMemoryBytes))
            let connections = reader.connections
            pools.append(("sqlite-reader", ConnectionPoolReading(inUse: connections.inUse, idle: connections.idle, limit: nil, waiting: 0)))
        }
        return pools
    }

    /// Sets a counter to a total kept elsewhere. (Under the scrape lock: no scrape sees it reset.)
    private static func total(_ counter: Counter, _ value: Double) {
        counter.reset()
        counter.increment(by: value)
    }

    private func readDatabase() async -> DatabaseReading {
        var reading = DatabaseReading()
        do {
            let due = try await app.articleDesk.due(now: app.now)
            reading.due = due.count
            reading.lagSeconds = due.earliest.map { max(0, app.now.timeIntervalSince($0)) } ?? 0
            reading.held = try await app.comments.heldCount()
        } catch {
            app.logger.warning("Metrics: the database could not be read for the scheduler and comment counts: \(String(reflecting: error))")
        }
        return reading
    }

    /// What the scrape asks the database.
    private struct DatabaseReading {
        var due: Int?
        var lagSeconds: Double?
        var held: Int?

        func set(in registry: PrometheusCollectorRegistry) {
            if let due {
                registry.gauge("hallyu_scheduler_due_articles", help: "Scheduled articles whose time has come, not yet published.")
                    .set(Double(due))
            }
            if let lagSeconds {
                registry.gauge(
                    "hallyu_scheduler_lag_seconds",
                    help: "How long the longest-waiting due article has waited for the scheduler (0 when none waits)."
                ).set(lagSeconds)
            }
            if let held {
                registry.gauge("hallyu_comments_held", help: "Comments waiting for a moderator.").set(Double(held))
            }
        }
    }
}
