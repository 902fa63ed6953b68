import NIOConcurrencyHelpers
import Vapor

/// Work a server repeats in the background until it shuts down (publishing what is due,
/// reading the page-cache change log): one round, a pause, the next round.
final class RepeatingWork: Sendable {
    private let interval: Duration
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(every interval: Duration) {
        self.interval = interval
    }

    /// Starts the rounds; `round` is given the round's number, from 0.
    func start(_ round: @escaping @Sendable (Int) async -> Void) {
        let interval = self.interval
        task.withLockedValue { task in
            task = Task {
                var number = 0
                while !Task.isCancelled {
                    // Stopping waits for the round under way and does not cut it short: its
                    // own task does not inherit the cancellation, so a scheduled article it
                    // claimed is published with its follow-ups before the databases close.
                    let current = number
                    await Task { await round(current) }.value
                    number += 1
                    try? await Task.sleep(for: interval)
                }
            }
        }
    }

    /// Stops after the round under way, if any, has finished.
    func stop() async {
        let running = task.withLockedValue { task in
            defer { task = nil }
            return task
        }
        running?.cancel()
        await running?.value
    }
}
