import Foundation
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// Reads the shared change log twenty times a second and drops from this process's cache what
/// other processes changed: another instance behind the load balancer, or a command (an
/// import, `user`, `demo`) run beside the server on the same database. While the log cannot be
/// read, cached pages are answered only when a fresh build fails; once it can, the cache starts
/// empty, since what was missed is unknown. After each read it marks how far it has read, and
/// a write in another process waits for that mark before it is acknowledged.
final class ChangeLogListener: LifecycleHandler, Sendable {
    private let interval: Duration
    /// Rows older than this are deleted now and then; every listener has read them long before.
    private let retention: TimeInterval = 600
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(interval: Duration = .milliseconds(50)) {
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
        try? await PageCacheChanges(database: app.db).forget(listener: app.processOrigin)
    }

    /// Where reading stands: the highest id applied (the log shows ids in order, see
    /// `PageCacheChanges.record`), and the last mark written for writers to wait on.
    private struct Position: Sendable {
        var high: Int64
        var marked: (id: Int64, at: Date)?
    }

    private static let batch = 500
    private let position = NIOLockedValueBox<Position?>(nil)

    /// One read of the log: applies the other processes' rows past the last one applied.
    func poll(_ app: Application) async {
        let log = PageCacheChanges(database: app.db)
        do {
            guard var current = position.withLockedValue({ $0 }) else {
                // The first read only finds where the log ends: the cache is still empty.
                let latest = try await log.latestID()
                position.withLockedValue { $0 = Position(high: latest) }
                return
            }
            while true {
                let rows = try await log.after(current.high, limit: Self.batch)
                for row in rows where row.origin != app.processOrigin {
                    app.apply(CacheChange(logged: row.tags))
                }
                guard let last = rows.last else { break }
                current.high = last.id
                if rows.count < Self.batch { break }
            }
            app.pageCache.setTrusted(true)
            // Writers wait for this mark; it is renewed at least once a second to show this
            // server is still listening.
            let now = Date()
            if current.marked.map({ $0.id != current.high || now.timeIntervalSince($0.at) >= 1 }) ?? true {
                try await log.markApplied(origin: app.processOrigin, through: current.high, at: now)
                current.marked = (current.high, now)
            }
            position.withLockedValue { $0 = current }
        } catch {
            app.pageCache.setTrusted(false)
            app.logger.warning("The shared change log cannot be read; cached pages are used only when a build fails: \(error)")
        }
    }

    private func prune(_ app: Application) async {
        try? await PageCacheChanges(database: app.db).prune(before: Date().addingTimeInterval(-retention))
    }
}
