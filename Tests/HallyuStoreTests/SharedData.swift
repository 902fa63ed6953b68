import Foundation

/// The open data files beside the project (`../shared/data`, or `HALLYU_SHARED_DATA`); tests
/// that need them say so and skip when they are absent.
enum SharedData {
    static func file(_ path: String) -> URL? {
        let folder: URL
        if let configured = ProcessInfo.processInfo.environment["HALLYU_SHARED_DATA"] {
            folder = URL(fileURLWithPath: configured)
        } else {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            folder = root.deletingLastPathComponent().appendingPathComponent("shared/data")
        }
        let url = folder.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("\(url.path) is absent")
            return nil
        }
        return url
    }
}
