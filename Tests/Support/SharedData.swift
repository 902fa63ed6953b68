import Foundation

/// The open data files beside the project (`../shared/data`, or `HALLYU_SHARED_DATA`); tests
/// that need them say so and skip when they are absent.
public enum SharedData {
    /// The file at `path` inside the shared data folder, or nil (and a line saying so) when it is
    /// not there.
    public static func file(_ path: String) -> URL? {
        let url = folder.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("\(url.path) is absent")
            return nil
        }
        return url
    }

    public static var folder: URL {
        if let configured = ProcessInfo.processInfo.environment["HALLYU_SHARED_DATA"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        // This file is Tests/Support/SharedData.swift under the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.deletingLastPathComponent().appendingPathComponent("shared/data")
    }
}
