import Fluent
import Vapor

/// A start-up failure, said in one line that names what to fix.
public struct StartupError: Error, CustomStringConvertible {
    public let description: String
}

extension Application {
    /// Runs pending migrations, turning a database that cannot be opened or reached into a
    /// one-line message naming `DATABASE_URL`.
    func migrateOrExplain() async throws {
        do {
            try await autoMigrate()
        } catch {
            throw StartupError(description: "cannot use the database at DATABASE_URL=\(config.database.redacted): \(Self.firstLine(of: error))")
        }
    }

    private static func firstLine(of error: any Error) -> String {
        let text = String(describing: error)
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > 240 ? String(line.prefix(240)) + "…" : line
    }
}
