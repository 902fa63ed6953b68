import Foundation
import NIOConcurrencyHelpers

/// libvips's command-line program (`vips`, in Debian's libvips-tools), which makes the resized
/// copies of images. A program apart, not a library linked in: the site builds and runs where it
/// is missing, and an image that makes a decoder fail or hang ends one run of `vips`, never the
/// server. Runs are one at a time and each single-threaded, so a burst of uploads leaves the
/// server's cores to readers.
struct VipsTool: Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let path: String
    /// A run taking longer is stopped: no image within the limits takes a tenth of it.
    let patience: Duration

    /// The program at `path`, or on the PATH when `path` is nil; nil when it is not there.
    static func find(at path: String? = nil, patience: Duration = .seconds(60)) -> VipsTool? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let candidates = path.map { [$0] } ?? folders.map { "\($0)/vips" }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        return VipsTool(path: found, patience: patience)
    }

    /// What the newsroom is told where the program is missing.
    static let missing =
        "The image tool (vips) is not installed on this server, so readers get the uploaded file at every size. Install Debian's libvips-tools and run `hallyu media variants`."

    /// Resizes `input` to `width` (and `height`, cropping the middle when `crop`), upright by its
    /// orientation, never enlarged, into `output`, whose extension picks the format;
    /// `options` are the saver's (`Q=80,strip`).
    func thumbnail(_ input: String, to output: String, options: String, width: Int, height: Int? = nil, crop: Bool = false) async throws {
        // A file cut short is refused, not finished with grey.
        var arguments = ["thumbnail", input, "\(output)[\(options)]", String(width), "--size", "down", "--fail-on", "truncated"]
        // Without a height, `vips` fits the width and height both into `width`.
        arguments += ["--height", String(height ?? 10_000_000)]
        if crop { arguments += ["--crop", "centre"] }
        let chosen = arguments
        try await Self.turns.run { try await run(chosen) }
    }

    private static let turns = OneAtATime()

    private func run(_ arguments: [String]) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["VIPS_CONCURRENCY"] = "1"
        // Only the loaders libvips trusts with files from anyone (not ImageMagick's, say).
        environment["VIPS_BLOCK_UNTRUSTED"] = "1"
        process.environment = environment
        // Errors to a file, not a pipe: a pipe nobody reads until the end can fill and stop it.
        let errorsPath = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-vips-\(UUID().uuidString).log").path
        guard FileManager.default.createFile(atPath: errorsPath, contents: nil), let errors = FileHandle(forWritingAtPath: errorsPath) else {
            throw Failure(description: "could not write a temporary file for vips")
        }
        defer {
            try? errors.close()
            try? FileManager.default.removeItem(atPath: errorsPath)
        }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let timedOut = NIOLockedValueBox(false)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: Failure(description: "vips did not start: \(error.localizedDescription)"))
                return
            }
            let patience = self.patience
            Task {
                try? await Task.sleep(for: patience)
                guard process.isRunning else { return }
                timedOut.withLockedValue { $0 = true }
                kill(process.processIdentifier, SIGKILL)
            }
        }
        if timedOut.withLockedValue({ $0 }) { throw Failure(description: "vips took over \(patience) and was stopped") }
        guard status == 0 else {
            let text = String(decoding: FileManager.default.contents(atPath: errorsPath) ?? Data(), as: UTF8.self)
            // The error comes after the warnings that led to it.
            let message =
                text.split(whereSeparator: \.isNewline).map(String.init).first { !$0.hasPrefix("(vips:") && !$0.isEmpty }
                ?? "exit status \(status)"
            throw Failure(description: "vips could not read the image: \(message)")
        }
    }
}

/// Lets one piece of work run at a time, the others waiting their turn in order.
private actor OneAtATime {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        }
        busy = true
        defer {
            if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
        }
        return try await work()
    }
}
