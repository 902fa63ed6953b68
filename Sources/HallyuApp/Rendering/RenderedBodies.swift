import Crypto
import Foundation
import HallyuCore
import NIOConcurrencyHelpers

/// Article bodies as rendered against one revision of the knowledge base, by the Markdown,
/// subjects and pictures they were rendered from. A body's HTML depends on nothing else, so it is kept until
/// the names change (the mention index is rebuilt, and this goes with it) or room runs out:
/// publishing or editing one story then re-renders that story alone, where every page and
/// feed that shows the others used to render theirs again (a feed renders twenty).
final class RenderedBodies: Sendable {
    /// The bound, in bytes of HTML.
    let capacity: Int

    fileprivate struct State {
        var entries: [SHA256Digest: ArticleBodyRenderer.Rendered] = [:]
        /// Feed entries written from those bodies, which a feed otherwise writes anew, twenty
        /// at a time, on every build.
        var feedItems: [FeedItemKey: String] = [:]
        var bytes = 0
    }

    private let state = NIOLockedValueBox(State())

    init(capacity: Int = 8 << 20) {
        self.capacity = capacity
    }

    /// The key of a body: a digest of its Markdown, its subjects (which decide what links) and
    /// what the library says of the pictures it places.
    static func key(_ markdown: String, subjects: [EntityRef], pictures: BodyPictures = .none) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(data: Data(markdown.utf8))
        for subject in subjects { hasher.update(data: Data("\u{0}\(subject.kind.rawValue)/\(subject.slug)".utf8)) }
        pictures.fingerprint(into: &hasher)
        return hasher.finalize()
    }

    func rendered(_ key: SHA256Digest) -> ArticleBodyRenderer.Rendered? {
        state.withLockedValue { $0.entries[key] }
    }

    /// Keeps `rendered`; when full, starts over rather than tracking use, since a full memo
    /// means a site with more bodies than room, where any choice of which to drop is a guess.
    /// The HTML is kept in a copy of exactly its size: a string grown by appending holds up to
    /// twice its bytes, and the bound would not be one.
    func keep(_ rendered: ArticleBodyRenderer.Rendered, for key: SHA256Digest) {
        let cost = rendered.html.utf8.count + 64
        guard cost <= capacity / 8 else { return }
        let rendered = ArticleBodyRenderer.Rendered(html: Self.compact(rendered.html), wordCount: rendered.wordCount)
        state.withLockedValue { state in
            state.makeRoom(for: cost, capacity: capacity)
            if state.entries.updateValue(rendered, forKey: key) == nil { state.bytes += cost }
        }
    }

    func feedItem(_ key: FeedItemKey) -> String? {
        state.withLockedValue { $0.feedItems[key] }
    }

    /// Keeps a feed entry's text, under the same bound as the bodies.
    func keep(feedItem text: String, for key: FeedItemKey) {
        let cost = text.utf8.count + 256
        guard cost <= capacity / 8 else { return }
        let text = Self.compact(text)
        state.withLockedValue { state in
            state.makeRoom(for: cost, capacity: capacity)
            if state.feedItems.updateValue(text, forKey: key) == nil { state.bytes += cost }
        }
    }

    private static func compact(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }

    /// Bodies (and feed entries) and bytes held, for tests and logs.
    var usage: (entries: Int, bytes: Int) {
        state.withLockedValue { ($0.entries.count + $0.feedItems.count, $0.bytes) }
    }
}

extension RenderedBodies.State {
    mutating func makeRoom(for cost: Int, capacity: Int) {
        guard bytes + cost > capacity else { return }
        entries.removeAll()
        feedItems.removeAll()
        bytes = 0
    }
}

/// What a feed entry's text is written from: the format, the entry without its body (addresses,
/// title, dek, dates, bylines, tags, hero) and its body's key.
struct FeedItemKey: Hashable, Sendable {
    let format: String
    let entry: FeedEntry
    let body: SHA256Digest
}
