import Foundation
import HallyuCore
import Vapor

/// What a handler tells the page cache about the response it builds, and what a write handler
/// says it changed.
struct RequestCacheNotes: Sendable {
    var tags: Set<CacheTag> = []
    var freshUntil: Date?
    /// Reader cookies the response was built from: a reader sending one gets a build of their own.
    var cookies: Set<String> = []
    /// Set once a write handler announced its change (even "nothing public").
    var announced = false

    struct Key: StorageKey { typealias Value = RequestCacheNotes }
}

extension Request {
    private var cacheNotes: RequestCacheNotes {
        get { storage[RequestCacheNotes.Key.self] ?? RequestCacheNotes() }
        set { storage[RequestCacheNotes.Key.self] = newValue }
    }

    /// The cached copy of this response shows these: a write naming one of them drops it.
    func cacheShows(_ tags: CacheTag...) {
        cacheNotes.tags.formUnion(tags)
    }

    /// The response differs for a reader who sends this cookie (their poll results, say).
    func cacheVaries(byCookie name: String) {
        cacheNotes.cookies.insert(name)
    }

    /// The cached copy must be built anew from this moment (a poll closing, say).
    func cacheFresh(until date: Date) {
        cacheNotes.freshUntil = min(cacheNotes.freshUntil ?? date, date)
    }

    /// A poll's results appear for everyone when it closes, and nothing is written then: the
    /// cached copy must not outlive the first closing still to come.
    func cacheShowsClosing(of polls: [Poll]) {
        let now = self.now
        for closing in polls.compactMap(\.closesAt) where closing > now { cacheFresh(until: closing) }
    }

    var cacheNotesTaken: RequestCacheNotes { cacheNotes }

    /// After a write has committed, and before it is acknowledged: drops the cached pages built
    /// from what it changed, here and (through the shared log) in every other process.
    func announce(_ change: CacheChange) async {
        cacheNotes.announced = true
        await application.announce(change)
    }

    /// A write handler that changed nothing a reader can see (a draft, an account) says so, so
    /// the safety net does not drop the whole cache after it.
    func announceNothingPublic() {
        cacheNotes.announced = true
    }
}
