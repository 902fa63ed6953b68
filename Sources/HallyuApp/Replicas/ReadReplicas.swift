import FluentKit
import Foundation
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// The PostgreSQL read replicas of `DATABASE_READ_URLS`, and what this process knows of them:
/// how far each has replayed the primary's log, and whether it answers. A reader page may read
/// from a replica only once it has replayed every change this process has applied to its page
/// cache (each logged change carries the primary's log position), so no page is built, or kept,
/// from data older than a change that has already dropped the pages it touched. A replica more
/// than `maxLag` behind the primary, or one that fails, is left out until it catches up.
final class ReadReplicas: Sendable {
    struct Replica: Sendable {
        let id: DatabaseID
        /// "replica 1": how logs and `/healthz` name it, without its address or password.
        let name: String
    }

    /// How far behind the primary's log (in time) a replica may be and still be read from.
    static let maxLag: TimeInterval = 10

    let replicas: [Replica]

    private struct Known: Sendable {
        /// How far it has replayed, when last asked; `Int64.max` for a server not in recovery.
        var replayed: Int64?
        /// Since when it is left out, having failed (the log says why).
        var failure: Date?
    }

    private struct State: Sendable {
        /// The log position every read from a replica must see.
        var required: Int64 = 0
        /// A change could not be logged, so its position is unknown: replicas are left out until
        /// the primary's position has been read again.
        var requiredUnknown = false
        var known: [Known]
        /// The primary's log position now and then, newest last, to tell a replica's lag.
        var primaryHistory: [(at: Date, written: Int64)] = []
        var turn = 0
    }

    private let state: NIOLockedValueBox<State>
    private let refreshGate = SingleFlight()

    init(_ replicas: [Replica]) {
        self.replicas = replicas
        state = NIOLockedValueBox(State(known: replicas.map { _ in Known() }))
    }

    var isEmpty: Bool { replicas.isEmpty }

    /// A change was logged at `position` (the primary's log): reads from now on must see it.
    func require(_ position: Int64) {
        state.withLockedValue { $0.required = max($0.required, position) }
    }

    /// A change could not be logged: until the monitor has read the primary's position again,
    /// which is past it, reads use the primary.
    func requirePositionUnknown() {
        state.withLockedValue { $0.requiredUnknown = true }
    }

    /// The replica this read may use, or nil for the primary. When every replica that answers is
    /// behind what reads must see, their positions are asked once (one request asks; the others
    /// arriving meanwhile wait for that answer) before giving up on them.
    func replicaForReading(_ app: Application) async -> DatabaseID? {
        if let chosen = pick() { return chosen }
        guard state.withLockedValue({ state in !state.requiredUnknown && state.known.contains { $0.failure == nil } }) else { return nil }
        await refreshGate.run { await self.refreshPositions(app) }
        return pick()
    }

    private func pick(now: Date = Date()) -> DatabaseID? {
        state.withLockedValue { state in
            guard !state.requiredUnknown else { return nil }
            let floor = state.primaryHistory.last { $0.at <= now.addingTimeInterval(-Self.maxLag) }?.written ?? 0
            let usable = state.known.indices.filter { index in
                let known = state.known[index]
                guard known.failure == nil, let replayed = known.replayed else { return false }
                return replayed >= state.required && replayed >= floor
            }
            guard !usable.isEmpty else { return nil }
            state.turn &+= 1
            return replicas[usable[state.turn % usable.count]].id
        }
    }

    /// Asks every replica not known to be failing how far it has replayed.
    private func refreshPositions(_ app: Application) async {
        for (index, replica) in replicas.enumerated() where state.withLockedValue({ $0.known[index].failure == nil }) {
            await check(index, replica, app)
        }
    }

    /// A page read from the replica failed: whether the replica was the cause is asked of it.
    func recheck(_ id: DatabaseID, _ app: Application) async {
        guard let index = replicas.firstIndex(where: { $0.id == id }) else { return }
        await check(index, replicas[index], app)
    }

    /// A query on the replica failed: reads leave it until a check finds it answering again.
    private func markFailed(_ id: DatabaseID, _ error: any Error, logger: Logger) {
        guard let index = replicas.firstIndex(where: { $0.id == id }) else { return }
        let wasFailing = state.withLockedValue { state in
            defer { state.known[index].failure = state.known[index].failure ?? Date() }
            return state.known[index].failure != nil
        }
        if !wasFailing {
            logger.warning("\(replicas[index].name) failed; reading from the primary until it answers again: \(String(reflecting: error))")
        }
    }

    /// One round of the monitor: the primary's position (which also settles a requirement left
    /// unknown), then every replica's, failing ones included, so they return once they answer.
    func monitor(_ app: Application) async {
        do {
            if case .primary(let written) = try await WALPositions(database: app.db).standing() {
                let now = Date()
                state.withLockedValue { state in
                    if state.requiredUnknown {
                        state.required = max(state.required, written)
                        state.requiredUnknown = false
                    }
                    state.primaryHistory.append((now, written))
                    state.primaryHistory.removeAll { $0.at < now.addingTimeInterval(-3 * Self.maxLag) }
                }
            }
        } catch {
            // The primary's own failures show on every write and in /healthz.
        }
        for (index, replica) in replicas.enumerated() { await check(index, replica, app) }
    }

    private func check(_ index: Int, _ replica: Replica, _ app: Application) async {
        do {
            let replayed: Int64
            switch try await WALPositions(database: app.db(replica.id)).standing() {
            case .replica(let position): replayed = position
            // Not in recovery: it holds every committed write it was given (a test's "replica"
            // on the primary itself, or one promoted after a failover).
            case .primary: replayed = .max
            }
            let recovered = state.withLockedValue { state in
                defer { state.known[index] = Known(replayed: replayed, failure: nil) }
                return state.known[index].failure != nil
            }
            if recovered { app.logger.notice("\(replica.name) answers again; reader pages may read from it.") }
        } catch {
            markFailed(replica.id, error, logger: app.logger)
        }
    }

    /// Each replica as `/healthz` shows it: answering and how many bytes of the primary's log
    /// it has still to replay, or why it is left out.
    func report(_ app: Application) async -> [(name: String, healthy: Bool, detail: String)] {
        let written: Int64? =
            if case .primary(let position)? = try? await WALPositions(database: app.db).standing() { position } else { nil }
        var lines: [(String, Bool, String)] = []
        for (index, replica) in replicas.enumerated() {
            await check(index, replica, app)
            let known = state.withLockedValue { $0.known[index] }
            if let failure = known.failure {
                lines.append((replica.name, false, "failing since \(Self.time(failure)) (the log says why)"))
            } else if let replayed = known.replayed, replayed != .max, let written {
                lines.append((replica.name, true, "ok, \(max(0, written - replayed)) bytes behind"))
            } else {
                lines.append((replica.name, true, "ok"))
            }
        }
        return lines
    }

    /// "13:41:05 UTC": when a replica started failing, without its address or the driver's words.
    private static func time(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970) % 86_400
        return String(format: "%02d:%02d:%02d UTC", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }
}

/// Runs one piece of work at a time: callers arriving while it runs wait for that run.
private actor SingleFlight {
    private var running: Task<Void, Never>?

    func run(_ work: @escaping @Sendable () async -> Void) async {
        if let running { return await running.value }
        let task = Task { await work() }
        running = task
        await task.value
        running = nil
    }
}

struct ReadReplicasKey: StorageKey {
    typealias Value = ReadReplicas
}

extension Application {
    /// The read replicas; empty unless `DATABASE_READ_URLS` names some.
    var readReplicas: ReadReplicas {
        storage[ReadReplicasKey.self] ?? ReadReplicas([])
    }
}
