import ConsoleKit
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu user add --email E --name N --role admin|editor|writer`: makes an account that can
/// sign in. The password is read from standard input (its first line), so it never appears in
/// the shell's history or the process list: `printf '%s\n' "$PASSWORD" | hallyu user add …`.
struct UserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "add")
        var action: String

        @Option(name: "email", help: "the account's e-mail address, used to sign in")
        var email: String?

        @Option(name: "name", help: "the name bylines show")
        var name: String?

        @Option(name: "role", help: "admin, editor or writer")
        var role: String?
    }

    var help: String { "Add a newsroom account: hallyu user add --email E --name N --role admin|editor|writer (password on stdin)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "add" else { throw StartupError(description: "unknown user action \"\(signature.action)\"; use: add") }
        let email = Accounts.fold(email: signature.email ?? "")
        let name = (signature.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.looksLikeEmail(email) else { throw StartupError(description: "--email needs an e-mail address, such as editor@example.com") }
        guard !name.isEmpty else { throw StartupError(description: "--name needs the name bylines should show") }
        guard let role = UserRole(rawValue: signature.role ?? "") else {
            throw StartupError(description: "--role must be one of: \(UserRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let password = readLine(strippingNewline: true), !password.isEmpty else {
            throw StartupError(description: "no password on standard input; pipe it in: printf '%s\\n' \"$PASSWORD\" | hallyu user add …")
        }
        if let problem = PasswordRules.problem(password) { throw StartupError(description: problem) }

        let app = context.application
        try await app.migrateOrExplain()
        let hash = try await app.password.async.hash(password)
        let user: User
        do {
            user = try await app.accounts.add(
                User(id: "", slug: "", name: name, email: email, role: role),
                passwordHash: hash)
        } catch let error as StoreError {
            throw StartupError(description: error.message)
        }
        try await app.auditLog.record(
            nil, "added account", kind: "user", id: user.id,
            summary: "\(user.name) (\(user.role.rawValue))", at: app.now)
        context.console.output("Added \(user.name) <\(user.email)> as \(user.role.rawValue), byline slug \(user.slug).", style: .plain)
    }

    /// Something@something.something, with no spaces: enough to catch a slip, not a mail server.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: \.isWhitespace) && text.count <= 254
    }
}
