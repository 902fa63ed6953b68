import FluentKit
import Foundation
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// The PostgreSQL read replicas of `DATABASE_READ_URLS`, and what this process knows of them:
/// how far each has replayed the primary's log, and whether it answers. A reader page may read
/// from a replica only once it has replayed every change this process has applied to its page
/// cache (each logged change carries the primary's log position), and, for a process just
/// started, the primary's position when it started: so no page is built, or kept, from data
/// older than a write already acknowledged. A replica more than `maxLag` behind the primary, or
/// one that fails, is left out until it catches up.
final class ReadReplicas: Sendable {
    struct Replica: Sendable {
        /// Where pages read.
        let id: DatabaseID
        /// A pool of its own for asking where the replica stands, so a replica busy with pages
        /// is not taken for one that is down.
        let checks: DatabaseID
        /// "replica 1": how logs and `/healthz` name it, without its address or password.
        let name: String
    }

    /// How far behind the primary's log (in time) a replica may be and still be read from.
    static let maxLag: TimeInterval = 10
    /// The primary's insert position can sit past a page header that no record follows yet,
    /// where an idle replica's replay never reaches: lag is measured with a page to spare.
    static let lagSlack: Int64 = 8_192
    let replicas: [Replica]
    /// How long a question about a log position may take before the server asked counts as down.
    let patience: Duration

    private struct Known: Sendable {
        /// How far it has replayed, when last asked; `Int64.max` for a server not in recovery.
        var replayed: Int64?
        /// Since when it is left out, having failed (the log says why).
        var failure: Date?
    }

    private struct State: Sendable {
        /// The log position every read from a replica must see.
        var required: Int64 = 0
        /// Until the primary's position has been read, what reads must see is unknown: at start
        /// (writes acknowledged before this process listened), and after a change could not be
        /// logged. Replicas are left out meanwhile.
        var requiredUnknown = true
        /// Counts the times the requirement became unknown, so a position read before the latest
        /// of them does not settle it.
        var unknownEpoch = 0
        var known: [Known]
        /// The primary's log position now and then, newest last, to tell a replica's lag.
        var primaryHistory: [(at: Date, written: Int64)] = []
        var turn = 0
    }

    private let state: NIOLockedValueBox<State>
    private let refreshGate = SingleFlight()

    init(_ replicas: [Replica], patience: Duration = .seconds(1)) {
        self.replicas = replicas
        self.patience = patience
        state = NIOLockedValueBox(State(known: replicas.map { _ in Known() }))
    }

    var isEmpty: Bool { replicas.isEmpty }

    /// A change was logged at `position` (the primary's log): reads from now on must see it.
    func require(_ position: Int64) {
        state.withLockedValue { $0.required = max($0.required, position) }
    }

    /// A change could not be logged: until the primary's position has been read again, which is
    /// past it, reads use the primary.
    func requirePositionUnknown() {
        state.withLockedValue { state in
            state.requiredUnknown = true
            state.unknownEpoch += 1
        }
    }

    /// The replica this read may use, or nil for the primary. When no replica that answers is
    /// known to have replayed what reads must see, the positions are asked once (one request
    /// asks; the others arriving meanwhile wait for that answer) before giving up on them.
    func replicaForReading(_ app: Application) async -> DatabaseID? {
        if let chosen = pick() { return chosen }
        guard state.withLockedValue({ state in state.known.contains { $0.failure == nil } }) else { return nil }
        await refreshGate.run { await self.refreshPositions(app) }
        return pick()
    }

    private func pick(now: Date = Date()) -> DatabaseID? {
        state.withLockedValue { state in
            guard !state.requiredUnknown else { return nil }
            let floor = (state.primaryHistory.last { $0.at <= now.addingTimeInterval(-Self.maxLag) }?.written ?? 0) - Self.lagSlack
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

    /// Settles an unknown requirement, then asks every replica not known to be failing.
    private func refreshPositions(_ app: Application) async {
        await readPrimary(app)
        for (index, replica) in replicas.enumerated() where state.withLockedValue({ $0.known[index].failure == nil }) {
            await check(index, replica, app)
        }
    }

    /// One round of the monitor: the primary's position, then every replica's, failing ones
    /// included, so they return once they answer.
    func monitor(_ app: Application) async {
        await readPrimary(app)
        for (index, replica) in replicas.enumerated() { await check(index, replica, app) }
    }

    /// Reads where the primary's log stands: for the lag of replicas, and to settle a
    /// requirement left unknown (the position is past every write committed before it).
    private func readPrimary(_ app: Application) async {
        let epoch = state.withLockedValue { $0.unknownEpoch }
        let standing = try? await answer { try await WALPositions(database: app.db).standing() }
        // The primary's own failures show on every write and in /healthz.
        guard case .primary(let written)? = standing else { return }
        let now = Date()
        state.withLockedValue { state in
            if state.requiredUnknown, state.unknownEpoch == epoch {
                state.required = max(state.required, written)
                state.requiredUnknown = false
            }
            state.primaryHistory.append((now, written))
            state.primaryHistory.removeAll { $0.at < now.addingTimeInterval(-3 * Self.maxLag) }
        }
    }

    /// A page read from the replica failed: whether the replica was the cause is asked of it.
    func recheck(_ id: DatabaseID, _ app: Application) async {
        guard let index = replicas.firstIndex(where: { $0.id == id }) else { return }
        await check(index, replicas[index], app)
    }

    private func check(_ index: Int, _ replica: Replica, _ app: Application) async {
        do {
            let replayed: Int64
            switch try await answer({ try await WALPositions(database: app.db(replica.checks)).standing() }) {
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
            let wasFailing = state.withLockedValue { state in
                defer { state.known[index].failure = state.known[index].failure ?? Date() }
                return state.known[index].failure != nil
            }
            if !wasFailing {
                app.logger.warning("\(replica.name) failed; reading from the primary until it answers again: \(String(reflecting: error))")
            }
        }
    }

    /// Each replica as `/healthz` shows it, asked now: answering and how many bytes of the
    /// primary's log it has still to replay, or since when it is left out.
    func report(_ app: Application) async -> [(name: String, healthy: Bool, detail: String)] {
        let written: Int64? =
            if case .primary(let position)? = try? await answer({ try await WALPositions(database: app.db).standing() }) {
                position
            } else { nil }
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

    /// The answer of `question`, or a failure once `patience` has passed: a server that takes
    /// longer (one cut off without closing its connections) is treated as down, and whoever
    /// asked goes on without waiting for the network to give up.
    private func answer<T: Sendable>(_ question: @escaping @Sendable () async throws -> T) async throws -> T {
        let patience = self.patience
        let outcome = NIOLockedValueBox<CheckedContinuation<T, any Error>?>(nil)
        return try await withCheckedThrowingContinuation { continuation in
            outcome.withLockedValue { $0 = continuation }
            @Sendable func finish(_ result: Result<T, any Error>) {
                outcome.withLockedValue { waiting in
                    waiting?.resume(with: result)
                    waiting = nil
                }
            }
            let asking = Task {
                do { finish(.success(try await question())) } catch { finish(.failure(error)) }
            }
            Task {
                try? await Task.sleep(for: patience)
                asking.cancel()
                finish(.failure(Abort(.gatewayTimeout, reason: "no answer within \(patience)")))
            }
        }
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
