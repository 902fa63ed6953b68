import Foundation

/// The media folder held against the library: files the library names that are not there (a
/// page shows a broken image), files there that nothing names (space to reclaim), and uploads
/// cut off before they reached their name. Every instance of a site must see the same folder,
/// so a file missing here is missing for readers sent to this instance.
public struct MediaFolderCheck: Sendable {
    /// A file in the folder: its name, size in bytes and when it was last written.
    public struct File: Sendable, Equatable {
        public var name: String
        public var bytes: Int
        public var modified: Date

        public init(name: String, bytes: Int, modified: Date) {
            self.name = name
            self.bytes = bytes
            self.modified = modified
        }
    }

    /// An upload writes `.upload-…` and renames it once whole; an older one was cut off.
    public static let partialPrefix = ".upload-"
    /// How old an unnamed or partial file must be before it counts: one younger may belong to
    /// an upload whose library entry is being written right now.
    public static let settlingTime: TimeInterval = 3_600

    /// Library entries whose file is not in the folder: (media id, file name).
    public var missing: [(id: String, fileName: String)]
    /// Files no library entry names, old enough to be sure.
    public var unreferenced: [File]
    /// Uploads cut off before they were whole, old enough to be sure.
    public var partial: [File]

    public init(library: [(id: String, fileName: String)], folder: [File], now: Date) {
        let present = Set(folder.map(\.name))
        let named = Set(library.map(\.fileName))
        let settled = folder.filter { now.timeIntervalSince($0.modified) >= Self.settlingTime }
        missing = library.filter { !present.contains($0.fileName) }.sorted { $0.fileName < $1.fileName }
        partial = settled.filter { $0.name.hasPrefix(Self.partialPrefix) }.sorted { $0.name < $1.name }
        unreferenced = settled.filter { !$0.name.hasPrefix(".") && !named.contains($0.name) }.sorted { $0.name < $1.name }
    }

    public var isClean: Bool { missing.isEmpty && unreferenced.isEmpty && partial.isEmpty }
}
