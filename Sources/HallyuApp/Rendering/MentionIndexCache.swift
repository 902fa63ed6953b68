import Fluent
import Foundation
import HallyuCore
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// The mention index, built from the knowledge base on first use and then kept: building reads
/// every entity, so requests must not pay for it. Every few seconds one request reads the
/// knowledge revision (a single row) and rebuilds the index when another process, such as an
/// import, changed the names. One build runs per revision: requests that need the index while
/// it is built wait for that build instead of starting their own (at 20,000 entities a build
/// takes seconds and hundreds of megabytes, and a server starting under load met several).
final class MentionIndexCache: Sendable {
    private struct State {
        var index: MentionIndex?
        /// Bodies rendered against `index`; replaced with it.
        var bodies = RenderedBodies()
        var revision: String?
        var checkedAt: Date = .distantPast
        var building: (revision: String?, task: Task<MentionIndex, any Error>)?
        var builds = 0
        /// How long the last finished build took, reading included.
        var lastBuildSeconds: Double?
    }

    /// Builds still reading the database, waited for or not.
    private let running = NIOLockedValueBox(0)

    private let state = NIOLockedValueBox(State())
    private let recheckInterval: TimeInterval

    init(recheckInterval: TimeInterval = 5) {
        self.recheckInterval = recheckInterval
    }

    /// How many builds this cache has started, for logs and tests.
    var builds: Int { state.withLockedValue { $0.builds } }

    /// Whether a build is under way: shutting down waits for it before the database closes.
    var isBuilding: Bool { running.withLockedValue { $0 > 0 } }

    /// The index in use (nil before the first build) and how long the last build took.
    var statistics: (index: MentionIndex?, builds: Int, lastBuildSeconds: Double?) {
        state.withLockedValue { ($0.index, $0.builds, $0.lastBuildSeconds) }
    }

    /// After this process changed names: the next request reads the knowledge revision
    /// instead of waiting for the next check.
    func invalidate() {
        state.withLockedValue { $0.checkedAt = .distantPast }
    }

    func index(on database: any Database) async throws -> MentionIndex {
        try await current(on: database).index
    }

    /// The index with the bodies rendered against it.
    func current(on database: any Database) async throws -> (index: MentionIndex, bodies: RenderedBodies) {
        let now = Date()
        let cached = state.withLockedValue { state -> (index: MentionIndex, bodies: RenderedBodies)? in
            guard let index = state.index else { return nil }
            if now.timeIntervalSince(state.checkedAt) < recheckInterval { return (index, state.bodies) }
            // This request checks; the others keep the current index meanwhile.
            state.checkedAt = now
            return nil
        }
        if let cached { return cached }
        let revision = try await Settings(database: database).value(Settings.knowledgeRevision)
        enum Step { case ready(MentionIndex, RenderedBodies), wait(Task<MentionIndex, any Error>) }
        let step = state.withLockedValue { state -> Step in
            if let index = state.index, state.revision == revision {
                state.checkedAt = now
                return .ready(index, state.bodies)
            }
            if let building = state.building, building.revision == revision { return .wait(building.task) }
            running.withLockedValue { $0 += 1 }
            let task = Task { [running, box = self.state] in
                defer { running.withLockedValue { $0 -= 1 } }
                let started = ContinuousClock.now
                defer { box.withLockedValue { $0.lastBuildSeconds = (ContinuousClock.now - started).seconds } }
                let records = try await KnowledgeRepository(database: database).nameRecords()
                let index = await OwnThread.run { MentionIndex(records: records) }
                FreedMemory.returnToSystem()
                return index
            }
            state.building = (revision, task)
            state.builds += 1
            return .wait(task)
        }
        let build: Task<MentionIndex, any Error>
        switch step {
        case .ready(let index, let bodies): return (index, bodies)
        case .wait(let task): build = task
        }
        do {
            let built = try await build.value
            return state.withLockedValue { state in
                guard state.building?.task == build else {
                    // Another waiter of the same build stored it first: share its bodies.
                    return (built, state.revision == revision && state.index != nil ? state.bodies : RenderedBodies())
                }
                state = State(
                    index: built, revision: revision, checkedAt: now, builds: state.builds, lastBuildSeconds: state.lastBuildSeconds)
                return (built, state.bodies)
            }
        } catch {
            state.withLockedValue { state in
                if state.building?.task == build { state.building = nil }
            }
            throw error
        }
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
