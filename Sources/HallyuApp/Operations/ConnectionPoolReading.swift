import Fluent
import NIOCore
import Vapor

/// How busy a database's connection pools are: connections lent out, idle, the most allowed,
/// and requests waiting for one, summed over the event loops.
///
/// Fluent's drivers keep their pools (async-kit's `EventLoopConnectionPool`, one per event loop)
/// to themselves and count nothing publicly, so this reads the pools' own fields by reflection,
/// on each pool's event loop, where they are changed (so never mid-change). A newer async-kit
/// that renames them gives nil, never a wrong number; the metrics test fails then, on either
/// database.
struct ConnectionPoolReading: Sendable, Equatable {
    var inUse = 0
    var idle = 0
    /// Nil for a pool without one (the SQLite reader opens what its readers need).
    var limit: Int? = 0
    var waiting = 0

    static func read(_ id: DatabaseID?, on app: Application) async -> ConnectionPoolReading? {
        var total = ConnectionPoolReading()
        var found = false
        for loop in app.eventLoopGroup.makeIterator() {
            guard let database = app.databases.database(id, logger: app.logger, on: loop),
                let pool = findPool(in: database, depth: 6)
            else { continue }
            let lent = Lent(pool: pool)
            let reading = try? await loop.submit { () -> ConnectionPoolReading? in
                let fields = Mirror(reflecting: lent.pool)
                guard let active = fields.descendant("activeConnections") as? Int,
                    let limit = fields.descendant("maxConnections") as? Int,
                    let available = fields.descendant("available"), let waiters = fields.descendant("waiters")
                else { return nil }
                let idle = Mirror(reflecting: available).children.count
                return ConnectionPoolReading(
                    inUse: active - idle, idle: idle, limit: limit, waiting: Mirror(reflecting: waiters).children.count)
            }.get()
            guard let reading = reading ?? nil else { return nil }
            found = true
            total.inUse += reading.inUse
            total.idle += reading.idle
            total.limit = (total.limit ?? 0) + (reading.limit ?? 0)
            total.waiting += reading.waiting
        }
        return found ? total : nil
    }

    /// A pool handed to its own event loop, the only place it is read.
    private struct Lent: @unchecked Sendable {
        let pool: AnyObject
    }

    /// The pool object inside a driver's database value, by its type's name.
    private static func findPool(in value: Any, depth: Int) -> AnyObject? {
        let mirror = Mirror(reflecting: value)
        if String(describing: mirror.subjectType).hasPrefix("EventLoopConnectionPool<") {
            return value as AnyObject
        }
        guard depth > 0 else { return nil }
        for child in mirror.children {
            if let pool = findPool(in: child.value, depth: depth - 1) { return pool }
        }
        return nil
    }
}
