import Fluent
import HallyuCore
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// The mention index, built from the knowledge base on first use and then kept: building reads
/// every entity, so requests must not pay for it. The knowledge base changes only through the
/// `demo` command for now, which runs before the server answers; editing it will have to mark
/// the index stale.
final class MentionIndexCache: Sendable {
    private let state = NIOLockedValueBox<MentionIndex?>(nil)

    func index(on database: any Database) async throws -> MentionIndex {
        if let index = state.withLockedValue({ $0 }) { return index }
        let built = MentionIndex(records: try await KnowledgeRepository(database: database).nameRecords())
        state.withLockedValue { $0 = built }
        return built
    }
}

struct MentionIndexCacheKey: StorageKey {
    typealias Value = MentionIndexCache
}

extension Application {
    var mentionIndexCache: MentionIndexCache {
        if let cache = storage[MentionIndexCacheKey.self] { return cache }
        let cache = MentionIndexCache()
        storage[MentionIndexCacheKey.self] = cache
        return cache
    }
}
