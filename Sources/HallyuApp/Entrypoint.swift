import Foundation
import Logging
import Vapor

/// Starts the `hallyu` executable: reads the configuration, runs the command, reports a failure
/// in one line (no stack trace) and shuts down cleanly either way.
public enum Hallyu {
    public static func main() async -> Int32 {
        FreedMemory.keepFewerArenas()
        let config: Config
        do {
            config = try Config.fromEnvironment()
        } catch {
            FileHandle.standardError.write(Data("hallyu: \(error.description)\n".utf8))
            return 1
        }
        let environment: Environment
        do {
            environment = try Environment.detect()
        } catch {
            FileHandle.standardError.write(Data("hallyu: \(error)\n".utf8))
            return 1
        }
        let level = config.logLevel
        switch config.logFormat {
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        case .json:
            LoggingSystem.bootstrap { label in
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
        }
        let app: Application
        do {
            app = try await Application.make(environment)
        } catch {
            FileHandle.standardError.write(Data("hallyu: \(error)\n".utf8))
            return 1
        }
        var status: Int32 = 0
        do {
            try await configure(app, config: config)
            try await app.execute()
        } catch {
            FileHandle.standardError.write(Data("hallyu: \(describe(error))\n".utf8))
            status = 1
        }
        try? await app.asyncShutdown()
        return status
    }

    private static func describe(_ error: any Error) -> String {
        if let startup = error as? StartupError { return startup.description }
        return String(describing: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
    }
}
