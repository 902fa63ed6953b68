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
    private let work: RepeatingWork
    /// Rows older than this are deleted now and then; every listener has read them long before.
    private let retention: TimeInterval = 600

    init(interval: Duration = .milliseconds(50)) {
        work = RepeatingWork(every: interval)
    }

    func start(_ app: Application) {
        work.start { round in
            await self.poll(app)
            // About every two minutes.
            if round % 2_400 == 0 { await self.prune(app) }
        }
    }

    func shutdownAsync(_ app: Application) async {
        await work.stop()
        try? await app.pageCacheChanges.forget(listener: app.processOrigin)
    }

    /// Where reading stands: the highest id applied (the log shows ids in order, see
    /// `PageCacheChanges.record`), and the last mark written for writers to wait on.
    private struct Position: Sendable {
        var high: Int64
        var marked: Int64?
    }

    private static let batch = 500
    private let position = NIOLockedValueBox<Position?>(nil)
    /// Whether the last read failed, so an outage is logged once, not twenty times a second.
    private let failing = NIOLockedValueBox(false)

    /// One read of the log: applies the other processes' rows past the last one applied.
    func poll(_ app: Application) async {
        let log = app.pageCacheChanges
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
                    // Replicas must have replayed the write before pages are built from them again.
                    if let position = row.walPosition { app.readReplicas.require(position) }
                    app.apply(CacheChange(logged: row.tags))
                }
                guard let last = rows.last else { break }
                current.high = last.id
                if rows.count < Self.batch { break }
            }
            app.pageCache.setTrusted(true)
            if failing.withLockedValue({ was in
                defer { was = false }
                return was
            }) {
                app.logger.notice("The shared change log can be read again; the page cache starts afresh.")
            }
            // Writers wait for this mark. It is written only when it moves: on SQLite every
            // write from another process (an import's long transaction, say) would otherwise
            // meet it.
            if current.marked != current.high {
                try await log.markApplied(origin: app.processOrigin, through: current.high)
                current.marked = current.high
            }
            position.withLockedValue { $0 = current }
        } catch {
            app.pageCache.setTrusted(false)
            if !failing.withLockedValue({ was in
                defer { was = true }
                return was
            }) {
                app.logger.warning("The shared change log cannot be read; cached pages are used only when a build fails: \(error)")
            }
        }
    }

    private func prune(_ app: Application) async {
        try? await app.pageCacheChanges.prune(before: Date().addingTimeInterval(-retention))
    }
}
