import Foundation
import HallyuCore
import HallyuStore
import HallyuTestSupport
import Testing
import Vapor

@testable import HallyuApp

/// The knowledge base a newsroom has after `hallyu demo`, `hallyu import kpopnet` and `hallyu
/// import kowiki-dramas`: about 4,800 entities. Made once per test run in a SQLite file (the
/// imports take a while), and opened by each test with an application of its own.
enum RealScaleKnowledge {
    /// Where the database is made, one file per test process.
    private static let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("hallyu-scale-\(ProcessInfo.processInfo.processIdentifier).sqlite").path

    /// The database file, or nil when the open data files are absent.
    private static let prepared = Task<String?, any Error> {
        guard let kpopnet = SharedData.file("kpopnet/kpopnet.json"),
            let dramas = SharedData.file("maybes-dramadatabase/kowiki_dramas_with_cast.csv")
        else { return nil }
        // The file goes when the test process ends.
        atexit {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: RealScaleKnowledge.path + suffix) }
        }
        try await HallyuAppTests.withApp(on: .sqliteFile(path: path), demo: true) { app in
            _ = try await KpopnetImporter(database: app.db).run(KpopnetFile.decode(Data(contentsOf: kpopnet)))
            _ = try await KowikiDramaImporter(database: app.db).run(KowikiDramaFile(csv: String(contentsOf: dramas, encoding: .utf8)))
        }
        return path
    }

    /// Runs `body` with an application on the loaded knowledge base; skips the test, saying
    /// why, when the data files are absent.
    static func withLoadedApp(_ body: (Application) async throws -> Void) async throws {
        guard let path = try await prepared.value else {
            try Test.cancel("the open data files are absent (../shared/data or HALLYU_SHARED_DATA); names at scale were not checked")
        }
        try await withApp(on: .sqliteFile(path: path), migrate: false, body)
    }
}
