import Foundation
import HallyuCore
import HallyuStore

/// What an import did, for the terminal (a summary) and for the report file (every post with
/// what was kept as text, what it is about, which names look misspelt, and every problem).
struct WordPressImportReport {
    struct Post {
        var id: Int
        var title: String
        var type: String
        var status: String
        var slug = ""
        var keptAsText: [String] = []
        var problems: [String] = []
        var subjects: [String] = []
        var misspellings: [String] = []
    }

    struct CommentCounts {
        var byStatus: [CommentStatus: Int] = [:]
        var pingbacks = 0
        var empty = 0
    }

    let site: WordPressSite
    let file: String
    private(set) var counts: [(String, Int)] = []
    private(set) var notes: [String] = []
    /// The posts' sections, written as they are placed so memory does not grow with the site.
    private let postSections: BufferedFile
    private let postSectionsPath: String
    private(set) var postsWithKeptText = 0
    private(set) var postsWithNames = 0
    private(set) var outcomes: [String: Int] = [:]
    private(set) var skips: [String: Int] = [:]
    private(set) var attachmentLines: [String] = []
    var comments = CommentCounts()
    var commentsAdded = 0
    var redirects = 0

    init(site: WordPressSite, file: String) throws {
        self.site = site
        self.file = file
        postSectionsPath = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-import-\(UUID().uuidString).md").path
        guard FileManager.default.createFile(atPath: postSectionsPath, contents: nil), let handle = FileHandle(forWritingAtPath: postSectionsPath)
        else { throw StartupError(description: "cannot write a temporary file in \(FileManager.default.temporaryDirectory.path)") }
        postSections = BufferedFile(handle)
    }

    mutating func count(_ thing: String) {
        if let index = counts.firstIndex(where: { $0.0 == thing }) {
            counts[index].1 += 1
        } else {
            counts.append((thing, 1))
        }
    }

    mutating func note(_ text: String) { notes.append(text) }

    mutating func attachmentProblem(id: Int, line: Int, address: String, file: String, _ problem: String) {
        attachmentLines.append("attachment \(id) (line \(line)) \(address.isEmpty ? file : address): \(problem)")
    }

    mutating func skipped(_ reason: String) {
        skips[reason, default: 0] += 1
    }

    mutating func placed(_ post: Post, outcome: ImportedPostOutcome, comments: Int) throws {
        let kind = post.type == "page" ? "pages" : "posts"
        outcomes["\(kind) \(outcome)", default: 0] += 1
        commentsAdded += comments
        // Posts placed before and unchanged say nothing new.
        guard outcome != .unchanged else { return }
        if !post.keptAsText.isEmpty { postsWithKeptText += 1 }
        if !post.misspellings.isEmpty { postsWithNames += 1 }
        guard !post.keptAsText.isEmpty || !post.problems.isEmpty || !post.misspellings.isEmpty || !post.subjects.isEmpty else { return }
        var text = "\n### \(post.type) \(post.id): \(post.title)\n\n/articles/\(post.slug) (was \(post.status))\n"
        for problem in post.problems { text += "- \(problem)\n" }
        for kept in post.keptAsText { text += "- kept as text: \(kept)\n" }
        if !post.subjects.isEmpty { text += "- subjects suggested: \(post.subjects.joined(separator: ", "))\n" }
        for name in post.misspellings { text += "- name to check: \(name)\n" }
        try postSections.write(text)
    }

    /// The running counts, for the progress line.
    var summaryLine: String {
        let placed = outcomes.filter { $0.key.hasSuffix("added") || $0.key.hasSuffix("updated") }.values.reduce(0, +)
        return "\(placed) posts and pages placed, \(commentsAdded) comments added"
    }

    /// The lines printed when the import ends.
    var summary: [String] {
        var lines = ["Imported from \(site.title.isEmpty ? "WordPress" : site.title) (\(site.baseBlogURL.isEmpty ? site.link : site.baseBlogURL)):"]
        for kind in ["posts", "pages"] {
            let parts = ["added", "updated", "unchanged"].compactMap { outcome in
                outcomes["\(kind) \(outcome)"].map { "\($0) \(outcome)" }
            }
            if !parts.isEmpty { lines.append("  \(kind): " + parts.joined(separator: ", ")) }
        }
        let states = CommentStatus.allCases.compactMap { status in comments.byStatus[status].map { "\($0) \(status.rawValue)" } }
        lines.append("  comments: \(commentsAdded) added (in the file: \(states.isEmpty ? "none" : states.joined(separator: ", ")))")
        if comments.pingbacks > 0 { lines.append("  pingbacks and trackbacks skipped: \(comments.pingbacks)") }
        if comments.empty > 0 { lines.append("  empty comments skipped: \(comments.empty)") }
        for (thing, number) in counts { lines.append("  \(thing): \(number)") }
        lines.append("  old addresses that now redirect: \(redirects)")
        for (reason, number) in skips.sorted(by: { $0.key < $1.key }) { lines.append("  not imported: \(number) \(reason)") }
        if postsWithKeptText > 0 { lines.append("  posts with something kept as text: \(postsWithKeptText)") }
        if postsWithNames > 0 { lines.append("  posts with names to check: \(postsWithNames)") }
        return lines
    }

    /// The whole report, as a text file a site owner reads from top to bottom.
    func write(to path: String) throws {
        var text = "# WordPress import report\n\nFile: \(file)\nWritten: \(ISO8601DateFormatter().string(from: Date()))\n\n## Summary\n\n"
        text += summary.joined(separator: "\n") + "\n"
        if !notes.isEmpty { text += "\n## Notes\n\n" + notes.map { "- \($0)\n" }.joined() }
        if !attachmentLines.isEmpty {
            text += "\n## Pictures not in the media library\n\n"
            text += "Body images and featured images pointing at these keep their original address until the files are\n"
            text += "imported: run the import again with --uploads set to a copy of wp-content/uploads.\n\n"
            text += attachmentLines.map { "- \($0)\n" }.joined()
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try postSections.close()
        defer { try? FileManager.default.removeItem(atPath: postSectionsPath) }
        guard let sections = FileHandle(forReadingAtPath: postSectionsPath), let output = FileHandle(forWritingAtPath: path) else { return }
        defer {
            try? sections.close()
            try? output.close()
        }
        _ = try output.seekToEnd()
        var first = true
        while let chunk = try sections.read(upToCount: 1 << 20), !chunk.isEmpty {
            if first {
                try output.write(contentsOf: Data("\n## Posts\n\nEach post placed by this run that has something to look at.\n".utf8))
                first = false
            }
            try output.write(contentsOf: chunk)
        }
    }
}
