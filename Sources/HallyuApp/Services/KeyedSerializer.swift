/// Runs work one at a time per key, in arrival order. The comment and vote limits read what an
/// address sent recently and then write; two requests from one address in the same instant
/// must not both pass on the same reading.
actor KeyedSerializer {
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    func run<T: Sendable>(_ key: String, _ work: @Sendable () async throws -> T) async throws -> T {
        await acquire(key)
        do {
            let result = try await work()
            release(key)
            return result
        } catch {
            release(key)
            throw error
        }
    }

    private func acquire(_ key: String) async {
        guard waiting[key] != nil else {
            waiting[key] = []
            return
        }
        await withCheckedContinuation { waiting[key, default: []].append($0) }
    }

    private func release(_ key: String) {
        guard var queue = waiting[key], !queue.isEmpty else {
            waiting[key] = nil
            return
        }
        let next = queue.removeFirst()
        waiting[key] = queue
        next.resume()
    }
}
