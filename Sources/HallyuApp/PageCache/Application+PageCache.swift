import Foundation
import HallyuStore
import Vapor

struct PageCacheKey: StorageKey { typealias Value = PageCache }
struct ProcessOriginKey: StorageKey { typealias Value = String }

extension Application {
    /// This process's page cache (`HALLYU_CACHE_MB`; 0 keeps nothing).
    var pageCache: PageCache {
        if let cache = storage[PageCacheKey.self] { return cache }
        let cache = PageCache(capacity: config.pageCacheBytes)
        storage[PageCacheKey.self] = cache
        return cache
    }

    /// Names this process in the shared change log, so it skips its own rows.
    var processOrigin: String {
        if let origin = storage[ProcessOriginKey.self] { return origin }
        let origin = UUID().uuidString.lowercased()
        storage[ProcessOriginKey.self] = origin
        return origin
    }

    /// Drops what `change` touched from this process's cache, logs it for the others and waits
    /// until every other server has dropped it too. Runs after the write has committed and
    /// before it is acknowledged, so no server answers from before an acknowledged write. The
    /// log position comes first: from it on, reads from a replica must see the write, and only
    /// then are the pages dropped that a replica behind it would build again as they were.
    func announce(_ change: CacheChange) async {
        guard change != .tags([]) else { return }
        let log = PageCacheChanges(database: db)
        let logged: PageCacheChanges.Logged
        do {
            logged = try await log.record(origin: processOrigin, tags: change.logged)
        } catch {
            // The write stands; other servers keep their copies until their lifetime ends.
            readReplicas.requirePositionUnknown()
            apply(change)
            logger.error("A change could not be logged for other processes' caches: \(String(reflecting: error))")
            return
        }
        if let position = logged.walPosition { readReplicas.require(position) }
        apply(change)
        do {
            try await waitForListeners(through: logged.id, log)
        } catch {
            logger.error("Could not learn whether other servers have dropped a change: \(String(reflecting: error))")
        }
    }

    /// The longest a write waits for other servers. One that has not read the change by then
    /// has stopped without saying so (a crash) or is stuck: it is struck off the listeners, so
    /// later writes do not wait for it, until it reads the log again.
    static let listenerPatience: Duration = .seconds(5)

    private func waitForListeners(through id: Int64, _ log: PageCacheChanges) async throws {
        let start = ContinuousClock.now
        while try await log.lagging(behind: id, except: processOrigin) > 0 {
            guard ContinuousClock.now - start < Self.listenerPatience else {
                let gone = try await log.forget(behind: id, except: processOrigin)
                logger.warning("\(gone) other server(s) did not read change \(id) of the page-cache log within 5 s; no longer waiting for them")
                return
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Drops what `change` touched here, including the name index when names may have changed.
    func apply(_ change: CacheChange) {
        pageCache.invalidate(change)
        switch change {
        case .everything: mentionIndexCache.invalidate()
        case .tags(let tags) where tags.contains(.knowledge): mentionIndexCache.invalidate()
        case .tags: break
        }
    }
}
