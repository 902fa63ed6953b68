import Foundation
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// Reads the shared change log a few times a second and drops from this process's cache what
/// other processes changed: another instance behind the load balancer, or a command (an
/// import, `user`, `demo`) run beside the server on the same database. While the log cannot be
/// read, cached pages are answered only when a fresh build fails; once it can, the cache starts
/// empty, since what was missed is unknown.
final class ChangeLogListener: LifecycleHandler, Sendable {
    private let interval: Duration
    /// Rows older than this are deleted now and then; every listener has read them long before.
    private let retention: TimeInterval = 600
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(interval: Duration = .milliseconds(250)) {
        self.interval = interval
    }

    func start(_ app: Application) {
        let interval = self.interval
        task.withLockedValue { task in
            task = Task {
                var rounds = 0
                while !Task.isCancelled {
                    await self.poll(app)
                    rounds += 1
                    if rounds % 2_400 == 1 { await self.prune(app) }
                    try? await Task.sleep(for: interval)
                }
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        let running = task.withLockedValue { task in
            defer { task = nil }
            return task
        }
        running?.cancel()
        await running?.value
    }

    /// Where reading stands: the highest id seen, and the ids applied near it. On PostgreSQL
    /// ids are handed out before commit, so a row can appear below one already read; each read
    /// looks back a little and applies only rows it has not applied.
    private struct Position: Sendable {
        var high: Int64
        var applied: Set<Int64> = []
    }

    private static let lookBack: Int64 = 256
    private static let batch = 500
    private let position = NIOLockedValueBox<Position?>(nil)

    /// One read of the log: applies the other processes' rows not applied yet.
    func poll(_ app: Application) async {
        let log = PageCacheChanges(database: app.db)
        do {
            guard var current = position.withLockedValue({ $0 }) else {
                // The first read only finds where the log ends: the cache is still empty.
                let latest = try await log.latestID()
                let recent = try await log.after(latest - Self.lookBack, limit: Self.batch)
                position.withLockedValue { $0 = Position(high: latest, applied: Set(recent.map(\.id))) }
                return
            }
            var from = current.high - Self.lookBack
            while true {
                let rows = try await log.after(from, limit: Self.batch)
                for row in rows where !current.applied.contains(row.id) {
                    current.applied.insert(row.id)
                    if row.origin != app.processOrigin { app.apply(CacheChange(logged: row.tags)) }
                }
                guard let last = rows.last else { break }
                current.high = max(current.high, last.id)
                from = last.id
                if rows.count < Self.batch { break }
            }
            let floor = current.high - Self.lookBack
            current.applied = current.applied.filter { $0 > floor }
            position.withLockedValue { $0 = current }
            app.pageCache.setTrusted(true)
        } catch {
            app.pageCache.setTrusted(false)
            app.logger.warning("The shared change log cannot be read; cached pages are used only when a build fails: \(error)")
        }
    }

    private func prune(_ app: Application) async {
        try? await PageCacheChanges(database: app.db).prune(before: Date().addingTimeInterval(-retention))
    }
}
