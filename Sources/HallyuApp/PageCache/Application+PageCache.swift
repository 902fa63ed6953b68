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

    /// Drops what `change` touched from this process's cache and logs it for the others. Runs
    /// after the write has committed and before it is acknowledged.
    func announce(_ change: CacheChange) async {
        apply(change)
        do {
            try await PageCacheChanges(database: db).record(origin: processOrigin, tags: change.logged)
        } catch {
            // The write stands; other processes keep their copies until their next lifetime ends.
            logger.error("A change could not be logged for other processes' caches: \(String(reflecting: error))")
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
