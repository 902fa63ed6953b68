import ConsoleKit
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu user add` and `hallyu user reset-link`: newsroom accounts from the command line.
struct UserCommand: AsyncCommandGroup {
    var help: String { "Newsroom accounts: add one, or make a one-time password reset link." }
    var commands: [String: any AnyAsyncCommand] { ["add": UserAddCommand(), "reset-link": ResetLinkCommand()] }
}

/// `hallyu user add --email E --name N --role admin|editor|writer`: makes an account that can
/// sign in. The password is read from standard input (its first line), so it never appears in
/// the shell's history or the process list: `printf '%s\n' "$PASSWORD" | hallyu user add …`.
struct UserAddCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "the account's e-mail address, used to sign in")
        var email: String?

        @Option(name: "name", help: "the name bylines show")
        var name: String?

        @Option(name: "role", help: "admin, editor or writer")
        var role: String?
    }

    var help: String { "Add a newsroom account: hallyu user add --email E --name N --role admin|editor|writer (password on stdin)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let email = Accounts.fold(email: signature.email ?? "")
        let name = (signature.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard UserCommand.looksLikeEmail(email) else {
            throw StartupError(description: "--email needs an e-mail address, such as editor@example.com")
        }
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

}

extension UserCommand {
    /// Something@something.something, with no spaces: enough to catch a slip, not a mail server.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: \.isWhitespace) && text.count <= 254
    }
}

/// `hallyu user reset-link EMAIL`: prints a link that sets the account's password once, within
/// the hour — for the admin who cannot sign in, or any account, from the server's shell.
struct ResetLinkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "email", help: "the account's e-mail address")
        var email: String
    }

    var help: String { "Print a one-time password reset link for an account: hallyu user reset-link EMAIL." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.migrateOrExplain()
        guard let account = try await app.accounts.credentials(email: signature.email) else {
            throw StartupError(description: "no account that can sign in has the e-mail address \(Accounts.fold(email: signature.email))")
        }
        let link: (url: String, expires: Date)
        do {
            link = try await PasswordResetLink.make(for: account.user, by: nil, app: app, on: app.db)
        } catch let error as StoreError {
            throw StartupError(description: error.message)
        }
        context.console.output(
            "\(link.url)\nGood once, until \(app.formatting.dayAndTime(link.expires)).",
            style: .plain)
    }
}
