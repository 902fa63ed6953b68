import Foundation
import HallyuCore
import HallyuStore

/// The second reading of an export, a batch of posts at a time: reading and turning HTML into
/// Markdown is work for a processor, writing the batch before it is work for the database, so
/// the import asks for the next batch while it writes the last and the two overlap. Only one
/// call runs at a time (each waits for the one before), which is what makes it safe to share.
final class WordPressBatches: @unchecked Sendable {
    struct Batch {
        var posts: [ImportedPost] = []
        var notes: [WordPressImportReport.Post] = []
        var skips: [String] = []
        /// Items read so far in the file.
        var itemsRead = 0
    }

    private let reader: WordPressExportReader
    private(set) var mapping: WordPressPostMapping
    private var itemsRead = 0

    init(file: URL, mapping: WordPressPostMapping) throws {
        reader = WordPressExportReader(try XMLPullReader(contentsOf: file))
        self.mapping = mapping
    }

    /// The next batch of up to `size` posts, with the reasons for the items left out on the way;
    /// nil at the end of the file.
    func next(size: Int) throws -> Batch? {
        var batch = Batch()
        var reachedEnd = true
        while let record = try reader.next() {
            guard case .item(let item) = record else { continue }
            itemsRead += 1
            switch mapping.post(from: item) {
            case .skip(let reason):
                if let reason { batch.skips.append(reason) }
            case .place(let post, let note):
                batch.posts.append(post)
                batch.notes.append(note)
            }
            if batch.posts.count >= size {
                reachedEnd = false
                break
            }
        }
        batch.itemsRead = itemsRead
        return reachedEnd && batch.posts.isEmpty && batch.skips.isEmpty ? nil : batch
    }
}
