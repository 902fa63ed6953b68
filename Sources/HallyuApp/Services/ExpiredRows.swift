import Foundation
import HallyuStore
import Vapor

/// Clears what no rule looks back to any more: the limits' windows, once the longest of them
/// (an hour, for votes) has long closed. Any instance may run it; deleting twice is harmless.
final class ExpiredRows: LifecycleHandler, Sendable {
    /// Windows older than this are forgotten.
    static let kept: TimeInterval = 86_400
    private let work: RepeatingWork

    init(interval: Duration = .seconds(600)) {
        work = RepeatingWork(every: interval)
    }

    func start(_ app: Application) {
        work.start { _ in
            do {
                try await app.rateWindows.forget(openedBefore: app.now.addingTimeInterval(-Self.kept))
            } catch {
                app.logger.warning("Clearing old limit windows failed; trying again later: \(String(reflecting: error))")
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        await work.stop()
    }
}
