import Foundation
import NIOConcurrencyHelpers

/// Finished public responses in memory, bounded by bytes, least recently used out first.
///
/// Never stale: a write drops every entry built from what it changed before it is acknowledged,
/// and a build that was under way during such a write is answered but not kept (its reads may
/// predate the write). Concurrent misses for one key wait for one build.
final class PageCache: Sendable {
    /// The bound, in bytes of bodies, gzip copies and headers.
    let capacity: Int

    private struct Entry {
        var page: CachedPage
        var key: String
        var cost: Int
        var lastUsed: UInt64
    }

    /// Misses waiting for the same build.
    private struct Flight {
        var waiters: [CheckedContinuation<CachedPage?, Never>] = []
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        /// Entries pushed out to make room, since start-up.
        var evictions = 0
        var clock: UInt64 = 0
        var keysByTag: [CacheTag: Set<String>] = [:]
        /// Counts invalidations; a build remembers the count it started at.
        var generation: UInt64 = 0
        var tagGeneration: [CacheTag: UInt64] = [:]
        /// The last `everything`, and the floor below which `tagGeneration` was forgotten.
        var everythingGeneration: UInt64 = 0
        /// Builds under way by number, and the one a new miss of each key joins; a write
        /// detaches builds from their keys but they still answer those already waiting.
        var flights: [UInt64: Flight] = [:]
        var joinable: [String: UInt64] = [:]
        var nextFlight: UInt64 = 0
        /// While the change log cannot be read, entries are answered only when a fresh build fails.
        var trusted = true
    }

    private let state = NIOLockedValueBox(State())

    /// A build this request leads: what it must hand back to `finish`.
    struct Ticket: Sendable {
        fileprivate let key: String
        fileprivate let flight: UInt64
        fileprivate let generation: UInt64
    }

    enum Claim: Sendable {
        /// Build it, then call `finish`.
        case lead(Ticket)
        /// Another request built it meanwhile; nil when that build could not be kept.
        case waited(CachedPage?)
    }

    init(capacity: Int) {
        self.capacity = capacity
    }

    var isEnabled: Bool { capacity > 0 }

    /// The entry, when it may be answered without a build.
    func fresh(_ key: String, now: Date) -> CachedPage? {
        state.withLockedValue { state in
            guard state.trusted, let entry = state.entries[key], entry.page.freshUntil > now else { return nil }
            state.clock += 1
            state.entries[key]?.lastUsed = state.clock
            return entry.page
        }
    }

    /// The entry however old, for answering when a build fails. Invalidated entries are gone,
    /// so this is never older than the last write.
    func lastKnown(_ key: String) -> CachedPage? {
        state.withLockedValue { $0.entries[key]?.page }
    }

    /// Leads the build of `key`, or waits for the one under way.
    func claim(_ key: String) async -> Claim {
        enum Role { case lead(Ticket), wait }
        let role = state.withLockedValue { state -> Role in
            if state.joinable[key] != nil { return .wait }
            state.nextFlight += 1
            state.flights[state.nextFlight] = Flight()
            state.joinable[key] = state.nextFlight
            return .lead(Ticket(key: key, flight: state.nextFlight, generation: state.generation))
        }
        switch role {
        case .lead(let ticket):
            return .lead(ticket)
        case .wait:
            let page = await withCheckedContinuation { (continuation: CheckedContinuation<CachedPage?, Never>) in
                let joined = state.withLockedValue { state -> Bool in
                    guard let number = state.joinable[key] else { return false }
                    state.flights[number]?.waiters.append(continuation)
                    return true
                }
                if !joined { continuation.resume(returning: nil) }
            }
            return .waited(page)
        }
    }

    /// A build for one reader that others must not wait for; kept, if `finish` is given a page,
    /// under the same rule as any build.
    func solo(_ key: String) -> Ticket {
        state.withLockedValue { Ticket(key: key, flight: 0, generation: $0.generation) }
    }

    /// Ends a build: keeps `page` unless a write since the build began touched what it shows,
    /// and hands it to the requests that waited. Nil means the build failed or may not be kept.
    func finish(_ ticket: Ticket, page: CachedPage?) {
        let waiters = state.withLockedValue { state -> [CheckedContinuation<CachedPage?, Never>] in
            let waiters = state.flights.removeValue(forKey: ticket.flight)?.waiters ?? []
            if state.joinable[ticket.key] == ticket.flight { state.joinable[ticket.key] = nil }
            if let page, Self.unchanged(since: ticket.generation, tags: page.tags, in: state) {
                store(page, key: ticket.key, in: &state)
            }
            return waiters
        }
        for waiter in waiters { waiter.resume(returning: page) }
    }

    /// Drops what `change` touched. Builds under way are detached, so a request that arrives
    /// after this starts a build of its own instead of waiting for one that read older data.
    func invalidate(_ change: CacheChange) {
        state.withLockedValue { state in
            state.generation += 1
            state.joinable.removeAll()
            switch change {
            case .everything:
                state.everythingGeneration = state.generation
                state.entries.removeAll()
                state.keysByTag.removeAll()
                state.tagGeneration.removeAll()
                state.bytes = 0
            case .tags(let tags):
                for tag in tags {
                    state.tagGeneration[tag] = state.generation
                    for key in state.keysByTag[tag] ?? [] { remove(key, in: &state) }
                }
                // Tags of every article and poll ever changed would pile up; forgetting them
                // all at once only costs the builds under way their place in the cache.
                if state.tagGeneration.count > 50_000 {
                    state.tagGeneration.removeAll()
                    state.everythingGeneration = state.generation
                }
            }
        }
    }

    /// Whether entries may be answered without a build: false while the change log other
    /// processes write to cannot be read, true again (after dropping everything) once it can.
    func setTrusted(_ trusted: Bool) {
        let regained = state.withLockedValue { state -> Bool in
            defer { state.trusted = trusted }
            return trusted && !state.trusted
        }
        if regained { invalidate(.everything) }
    }

    /// Entries and bytes held, for tests and logs.
    var usage: (entries: Int, bytes: Int) {
        state.withLockedValue { ($0.entries.count, $0.bytes) }
    }

    /// Entries pushed out to make room since start-up (not those a write dropped).
    var evictions: Int {
        state.withLockedValue { $0.evictions }
    }

    private static func unchanged(since generation: UInt64, tags: Set<CacheTag>, in state: State) -> Bool {
        if state.everythingGeneration > generation { return false }
        return tags.allSatisfy { (state.tagGeneration[$0] ?? 0) <= generation }
    }

    private func store(_ page: CachedPage, key: String, in state: inout State) {
        let cost = page.cost + key.utf8.count
        // One page larger than a quarter of the cache would push out everything else.
        guard cost <= capacity / 4 else { return }
        remove(key, in: &state)
        state.clock += 1
        state.entries[key] = Entry(page: page, key: key, cost: cost, lastUsed: state.clock)
        state.bytes += cost
        for tag in page.tags { state.keysByTag[tag, default: []].insert(key) }
        if state.bytes > capacity { evict(in: &state) }
    }

    /// Drops the least recently used entries until a tenth of the capacity is free, so the
    /// sort is paid once per many stores rather than on each.
    private func evict(in state: inout State) {
        let target = capacity - capacity / 10
        for entry in state.entries.values.sorted(by: { $0.lastUsed < $1.lastUsed }) {
            if state.bytes <= target { break }
            remove(entry.key, in: &state)
            state.evictions += 1
        }
    }

    private func remove(_ key: String, in state: inout State) {
        guard let entry = state.entries.removeValue(forKey: key) else { return }
        state.bytes -= entry.cost
        for tag in entry.page.tags {
            state.keysByTag[tag]?.remove(key)
            if state.keysByTag[tag]?.isEmpty == true { state.keysByTag[tag] = nil }
        }
    }
}
