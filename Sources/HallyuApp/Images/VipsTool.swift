import Foundation
import HallyuStore

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

    /// The program at `path`, or on the PATH when `path` is nil; nil when it is not there (a path
    /// where no program is means none, not the one on the PATH).
    static func find(at path: String? = nil, patience: Duration = .seconds(60)) -> VipsTool? {
        guard let found = path.map({ FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }) ?? ExternalProgram.find("vips") else {
            return nil
        }
        return VipsTool(path: found, patience: patience)
    }

    /// What the newsroom is told where the program is missing.
    static let missing =
        "The image tool (vips) is not installed on this server, so readers get the uploaded file at every size. Install Debian's libvips-tools and run `hallyu media variants`."

    /// Resizes `input` to `width` (and `height`, cropping the middle when `crop`), upright by its
    /// orientation, never enlarged, into `output`, whose extension picks the format;
    /// `options` are the saver's (`Q=80,strip`). `drawing` lets `vips` read SVG, which it leaves
    /// to librsvg and counts among the loaders it does not trust with anyone's files: it is set
    /// only for the library's drawings, which uploads never are (only the demo draws them).
    func thumbnail(
        _ input: String, to output: String, options: String, width: Int, height: Int? = nil, crop: Bool = false, drawing: Bool = false
    ) async throws {
        // A file cut short is refused, not finished with grey.
        var arguments = ["thumbnail", input, "\(output)[\(options)]", String(width), "--size", "down", "--fail-on", "truncated"]
        // Without a height, `vips` fits the width and height both into `width`.
        arguments += ["--height", String(height ?? 10_000_000)]
        if crop { arguments += ["--crop", "centre"] }
        let chosen = arguments
        try await Self.turns.run { try await run(chosen, trustingDrawings: drawing) }
    }

    private static let turns = OneAtATime()

    private func run(_ arguments: [String], trustingDrawings: Bool) async throws {
        do {
            // One thread each, and only the loaders libvips trusts with files from anyone (not
            // ImageMagick's, say).
            let environment = trustingDrawings ? ["VIPS_CONCURRENCY": "1"] : ["VIPS_CONCURRENCY": "1", "VIPS_BLOCK_UNTRUSTED": "1"]
            try await ExternalProgram.run(path: path, arguments, environment: environment, patience: patience)
        } catch let failure as ExternalProgram.Failure {
            if failure.timedOut { throw Failure(description: "vips took over \(patience) and was stopped") }
            // The error comes after the warnings that led to it.
            let message =
                failure.errorOutput.split(whereSeparator: \.isNewline).map(String.init).first { !$0.hasPrefix("(vips:") && !$0.isEmpty }
                ?? "exit status \(failure.status)"
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
