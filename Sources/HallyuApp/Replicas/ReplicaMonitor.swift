import Vapor

/// Asks the primary and every read replica where their logs stand, once a second, so reads
/// leave a replica that falls behind or fails and come back when it recovers.
final class ReplicaMonitor: LifecycleHandler, Sendable {
    private let work: RepeatingWork

    init(interval: Duration = .seconds(1)) {
        work = RepeatingWork(every: interval)
    }

    func start(_ app: Application) {
        let replicas = app.readReplicas
        guard !replicas.isEmpty else { return }
        work.start { _ in await replicas.monitor(app) }
    }

    func shutdownAsync(_ app: Application) async {
        await work.stop()
    }
}
