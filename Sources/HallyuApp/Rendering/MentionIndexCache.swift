import Fluent
import Foundation
import HallyuCore
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// The mention index, built from the knowledge base on first use and then kept: building reads
/// every entity, so requests must not pay for it. Every few seconds one request reads the
/// knowledge revision (a single row) and rebuilds the index when another process, such as an
/// import, changed the names.
final class MentionIndexCache: Sendable {
    private struct State {
        var index: MentionIndex?
        var revision: String?
        var checkedAt: Date = .distantPast
    }

    private let state = NIOLockedValueBox(State())
    private let recheckInterval: TimeInterval

    init(recheckInterval: TimeInterval = 5) {
        self.recheckInterval = recheckInterval
    }

    /// After this process changed names: the next request reads the knowledge revision
    /// instead of waiting for the next check.
    func invalidate() {
        state.withLockedValue { $0.checkedAt = .distantPast }
    }

    func index(on database: any Database) async throws -> MentionIndex {
        let now = Date()
        let cached = state.withLockedValue { state -> MentionIndex? in
            guard let index = state.index else { return nil }
            if now.timeIntervalSince(state.checkedAt) < recheckInterval { return index }
            // This request checks; the others keep the current index meanwhile.
            state.checkedAt = now
            return nil
        }
        if let cached { return cached }
        let revision = try await Settings(database: database).value(Settings.knowledgeRevision)
        if let index = state.withLockedValue({ $0.index != nil && $0.revision == revision ? $0.index : nil }) {
            return index
        }
        let built = MentionIndex(records: try await KnowledgeRepository(database: database).nameRecords())
        state.withLockedValue { $0 = State(index: built, revision: revision, checkedAt: now) }
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
