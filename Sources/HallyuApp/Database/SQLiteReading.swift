import FluentKit
import Foundation
import HallyuStore
import SQLKit
import Vapor

/// The public pages' reads on a SQLite site: `SQLiteReader` beside Fluent's connections, closed
/// when the application stops. An in-memory site (`sqlite::memory:`, and the tests) lives in a
/// temporary file of its own, so its reader can open it too; the file goes when the site stops.
struct SQLiteReading: LifecycleHandler {
    let reader: SQLiteReader
    let temporaryFile: String?

    func shutdown(_ application: Application) {
        reader.close()
        if let temporaryFile { SQLiteReader.removeFiles(of: temporaryFile) }
    }

    /// A path for an in-memory site's file.
    static func temporaryPath() -> String {
        (NSTemporaryDirectory() as NSString).appendingPathComponent("hallyu-\(UUID().uuidString).sqlite")
    }
}

struct SQLiteReaderKey: StorageKey {
    typealias Value = SQLiteReader
}

extension Request {
    /// Where a public page reads: the SQLite reader when there is one, the read replica chosen
    /// for the request (`ReplicaReadsMiddleware`), else nil and the page reads through `db`.
    /// Never for a read that must see the request's own uncommitted writes.
    var pageReads: (any SQLDatabase)? {
        committedReads ?? replicaReads
    }

    /// Where public reads go that must see every committed write, such as a poll's counts (votes
    /// change no cached page, so no replica is made to wait for them): the SQLite reader, which
    /// reads the same file, else nil and `db`; never a replica.
    var committedReads: (any SQLDatabase)? {
        application.storage[SQLiteReaderKey.self]?.database(logger: logger, on: eventLoop)
    }
}
