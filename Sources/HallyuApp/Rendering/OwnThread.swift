import Foundation

/// Work that takes seconds (building the name index of a large knowledge base) on a thread of
/// its own, so that it does not hold one of the few threads every request's task runs on.
enum OwnThread {
    static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = "hallyu-build"
            thread.start()
        }
    }
}
