import FluentKit
import SQLKit
import Vapor

/// Reader pages and public API reads (the routes behind the page cache) read from a replica when
/// one has replayed every change this process knows of; signed-in requests, which must see
/// their own writes, and everything else read from the primary. When a page fails to build
/// while reading from a replica, the replica is asked whether it answers (and set aside if not),
/// and the page is built again from the primary: the reader sees no error of the replica's.
struct ReplicaReadsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let replicas = request.application.readReplicas
        guard !replicas.isEmpty, request.method == .GET || request.method == .HEAD, !PageCacheMiddleware.isSignedIn(request),
            let replica = await replicas.replicaForReading(request.application)
        else { return try await next.respond(to: request) }
        request.storage[ReplicaReadsKey.self] = replica
        do {
            return try await next.respond(to: request)
        } catch  where !(error is any AbortError) && !(error is DecodingError) {
            // The page also reads from the primary (the name index, settings): the replica is
            // set aside only if it does not answer now. Either way the page is built again from
            // the primary, which a GET may do.
            await replicas.recheck(replica, request.application)
            request.storage[ReplicaReadsKey.self] = nil
            return try await next.respond(to: request)
        }
    }
}

struct ReplicaReadsKey: StorageKey {
    typealias Value = DatabaseID
}

extension Request {
    /// The replica this request's page reads go to, when `ReplicaReadsMiddleware` chose one.
    var replicaReads: (any SQLDatabase)? {
        guard let id = storage[ReplicaReadsKey.self] else { return nil }
        return db(id) as? any SQLDatabase
    }
}
