import Foundation
import NIOCore
import Testing
import Vapor

@testable import HallyuApp

private func page(_ text: String, tags: Set<CacheTag>, freshFor seconds: TimeInterval = 60) -> CachedPage {
    var headers = HTTPHeaders()
    headers.contentType = .html
    headers.add(name: .setCookie, value: "never=kept")
    return CachedPage(
        body: ByteBuffer(string: text), headers: headers, policy: .pages, tags: tags, storedAt: Date(),
        freshUntil: Date().addingTimeInterval(seconds))
}

/// Leads a build of `key` and keeps `text` under `tags`.
private func store(_ cache: PageCache, _ key: String, _ text: String, tags: Set<CacheTag>) async {
    guard case .lead(let ticket) = await cache.claim(key) else {
        Issue.record("a build of \(key) was already under way")
        return
    }
    cache.finish(ticket, page: page(text, tags: tags))
}

@Suite("The page cache's store")
struct PageCacheStoreTests {
    @Test func aWriteDropsExactlyTheEntriesBuiltFromWhatItChanged() async throws {
        let cache = PageCache(capacity: 1 << 20)
        await store(cache, "/articles/a", "a", tags: [.article("A"), .comments("A"), .articles])
        await store(cache, "/articles/b", "b", tags: [.article("B"), .comments("B"), .articles])
        await store(cache, "/robots.txt", "robots", tags: [.site])
        cache.invalidate(.of(.comments("A")))
        #expect(cache.fresh("/articles/a", now: Date()) == nil)
        #expect(cache.fresh("/articles/b", now: Date()) != nil)
        cache.invalidate(.of(.articles))
        #expect(cache.fresh("/articles/b", now: Date()) == nil)
        #expect(cache.fresh("/robots.txt", now: Date())?.body == ByteBuffer(string: "robots"))
        cache.invalidate(.everything)
        #expect(cache.usage.entries == 0 && cache.usage.bytes == 0)
    }

    @Test func aBuildThatAWriteOvertookIsAnsweredButNotKept() async throws {
        let cache = PageCache(capacity: 1 << 20)
        guard case .lead(let ticket) = await cache.claim("/") else {
            Issue.record("no lead")
            return
        }
        // The build read the database; then a write committed and announced itself.
        cache.invalidate(.of(.articles))
        cache.finish(ticket, page: page("old", tags: [.articles]))
        #expect(cache.fresh("/", now: Date()) == nil, "the older read is not kept")
        // A write to something else does not cost an unrelated build its place.
        guard case .lead(let next) = await cache.claim("/") else {
            Issue.record("no lead")
            return
        }
        cache.invalidate(.of(.comments("X")))
        cache.finish(next, page: page("new", tags: [.articles]))
        #expect(cache.fresh("/", now: Date())?.body == ByteBuffer(string: "new"))
    }

    @Test func concurrentMissesWaitForOneBuild() async throws {
        let cache = PageCache(capacity: 1 << 20)
        guard case .lead(let ticket) = await cache.claim("/hot") else {
            Issue.record("no lead")
            return
        }
        let waiters = (0..<20).map { _ in Task { await cache.claim("/hot") } }
        try await Task.sleep(for: .milliseconds(50))
        cache.finish(ticket, page: page("built once", tags: [.articles]))
        for waiter in waiters {
            guard case .waited(let shared?) = await waiter.value else {
                Issue.record("a waiter led a second build")
                continue
            }
            #expect(shared.body == ByteBuffer(string: "built once"))
        }
        // A failed build is not kept, and those waiting build for themselves.
        guard case .lead(let failing) = await cache.claim("/broken") else {
            Issue.record("no lead")
            return
        }
        let waiting = Task { await cache.claim("/broken") }
        try await Task.sleep(for: .milliseconds(50))
        cache.finish(failing, page: nil)
        guard case .waited(nil) = await waiting.value else {
            Issue.record("a failed build was handed on")
            return
        }
        #expect(cache.fresh("/broken", now: Date()) == nil)
    }

    @Test func aWriteDetachesBuildsUnderWaySoLaterReadersStartAfresh() async throws {
        let cache = PageCache(capacity: 1 << 20)
        guard case .lead(let old) = await cache.claim("/") else {
            Issue.record("no lead")
            return
        }
        let early = Task { await cache.claim("/") }
        try await Task.sleep(for: .milliseconds(50))
        cache.invalidate(.of(.articles))
        guard case .lead(let fresh) = await cache.claim("/") else {
            Issue.record("a reader after the write joined an older build")
            return
        }
        cache.finish(old, page: page("before", tags: [.articles]))
        guard case .waited(let before?) = await early.value else {
            Issue.record("the early reader lost its answer")
            return
        }
        #expect(before.body == ByteBuffer(string: "before"))
        cache.finish(fresh, page: page("after", tags: [.articles]))
        #expect(cache.fresh("/", now: Date())?.body == ByteBuffer(string: "after"))
    }

    @Test func theBoundHoldsHoweverManyKeysArriveAndTheLeastRecentlyUsedGoFirst() async throws {
        let capacity = 256 * 1_024
        let cache = PageCache(capacity: capacity)
        let body = String(repeating: "x", count: 4_000)
        await store(cache, "/kept", body, tags: [.articles])
        for number in 0..<1_000 {
            await store(cache, "/?junk=\(number)", body, tags: [.articles])
            _ = cache.fresh("/kept", now: Date())
            #expect(cache.usage.bytes <= capacity)
        }
        #expect(cache.fresh("/kept", now: Date()) != nil, "the page read all along stayed")
        #expect(cache.fresh("/?junk=0", now: Date()) == nil, "the oldest unread went")
        #expect(cache.usage.entries < 100)
    }

    @Test func expiredEntriesAreNotFreshButRemainForAFailingBuild() async throws {
        let cache = PageCache(capacity: 1 << 20)
        guard case .lead(let ticket) = await cache.claim("/feed.xml") else {
            Issue.record("no lead")
            return
        }
        cache.finish(ticket, page: page("feed", tags: [.articles], freshFor: -1))
        #expect(cache.fresh("/feed.xml", now: Date()) == nil)
        #expect(cache.lastKnown("/feed.xml") != nil)
        let stored = try #require(cache.lastKnown("/feed.xml"))
        #expect(!stored.headers.contains(name: .setCookie), "a cookie never enters the cache")
        cache.setTrusted(false)
        cache.setTrusted(true)
        #expect(cache.lastKnown("/feed.xml") == nil, "after the change log was out of reach, nothing old is trusted")
    }
}
