import Foundation
import NIOConcurrencyHelpers

/// A program run to its end (PostgreSQL's `pg_dump`, libvips's `vips`), its error output kept
/// for the message when it fails, and stopped when it takes longer than it may.
public enum ExternalProgram {
    public struct Failure: Error, Sendable {
        /// What the program wrote to its error output.
        public let errorOutput: String
        public let status: Int32
        public let timedOut: Bool

        /// The first line that says something, or the exit status.
        public var firstLine: String {
            errorOutput.split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(status)"
        }
    }

    /// The program's path on the PATH, or nil.
    public static func find(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the program at `path` with this process's environment and `environment` over it;
    /// one still running after `patience` is killed.
    public static func run(
        path: String, _ arguments: [String], environment: [String: String] = [:], patience: Duration? = nil
    )
        async throws
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // The error output goes to a file, not a pipe: a pipe nobody reads until the end fills up
        // and stops a talkative program for good.
        let errorsPath = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-program-\(UUID().uuidString).log").path
        guard FileManager.default.createFile(atPath: errorsPath, contents: nil), let errors = FileHandle(forWritingAtPath: errorsPath) else {
            throw StoreError.failure("cannot write a temporary file for \((path as NSString).lastPathComponent)")
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
                continuation.resume(throwing: error)
                return
            }
            guard let patience else { return }
            Task {
                try? await Task.sleep(for: patience)
                guard process.isRunning else { return }
                timedOut.withLockedValue { $0 = true }
                kill(process.processIdentifier, SIGKILL)
            }
        }
        let stopped = timedOut.withLockedValue { $0 }
        guard status == 0, !stopped else {
            let text = String(decoding: FileManager.default.contents(atPath: errorsPath) ?? Data(), as: UTF8.self)
            throw Failure(errorOutput: text, status: status, timedOut: stopped)
        }
    }
}
