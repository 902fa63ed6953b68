import Foundation

/// An old address and what it answers: 301 (moved for good) or 302 (for now) to a path on the
/// site or a web address elsewhere, or 410 (gone, no target).
public struct RedirectRule: Sendable, Equatable {
    public static let statuses = [301, 302, 410]

    /// Normalised as `RedirectPath` does.
    public var path: String
    public var target: String
    public var status: Int

    public init(path: String, target: String, status: Int) {
        self.path = path
        self.target = target
        self.status = status
    }

    /// A rule from what an editor typed, or why it cannot be one.
    public static func make(from: String, to: String, status: String) -> Result<RedirectRule, RedirectProblem> {
        let typed = from.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty else { return .failure(.noPath) }
        guard typed.count <= 2000, let path = RedirectPath.normalise(typed) else { return .failure(.notAPath(typed)) }
        guard path != "/" else { return .failure(.homePage) }
        let code = status.trimmingCharacters(in: .whitespaces)
        guard let number = Int(code.isEmpty ? "301" : code), statuses.contains(number) else { return .failure(.status(code)) }
        let target = to.trimmingCharacters(in: .whitespacesAndNewlines)
        if number == 410 { return .success(RedirectRule(path: path, target: "", status: 410)) }
        guard !target.isEmpty else { return .failure(.noTarget) }
        guard target.count <= 2000, (target.hasPrefix("/") && !target.hasPrefix("//")) || WebAddress.isLinkable(target),
            !target.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F })
        else { return .failure(.badTarget(target)) }
        if RedirectPath.normalise(target) == path { return .failure(.loop) }
        return .success(RedirectRule(path: path, target: target, status: number))
    }

    /// Rules from CSV, a line each: `old address,new address[,status]`; a first line naming the
    /// columns is skipped. Every line that is no rule comes back with its number and why.
    public static func parse(csv: String) -> (rules: [RedirectRule], problems: [String]) {
        var rules: [RedirectRule] = []
        var problems: [String] = []
        for (index, record) in CSVRecords.parse(csv).enumerated() {
            let fields = record.map { $0.trimmingCharacters(in: .whitespaces) }
            if index == 0, let first = fields.first?.lowercased(), ["from", "old", "source", "path", "old address"].contains(first) { continue }
            guard fields.count >= 1, fields.count <= 3 else {
                problems.append("line \(index + 1): expected old address, new address and an optional status, found \(fields.count) fields")
                continue
            }
            switch make(from: fields[0], to: fields.count > 1 ? fields[1] : "", status: fields.count > 2 ? fields[2] : "") {
            case .success(let rule): rules.append(rule)
            case .failure(let problem): problems.append("line \(index + 1): \(problem.message)")
            }
        }
        return (rules, problems)
    }
}

public enum RedirectProblem: Error, Equatable, Sendable {
    case noPath, notAPath(String), homePage, status(String), noTarget, badTarget(String), loop

    public var message: String {
        switch self {
        case .noPath: "Give the old address, such as /2024/03/15/old-post/."
        case .notAPath(let text): "\"\(text.prefix(80))\" is not an address on this site: start it with /."
        case .homePage: "The home page cannot be redirected."
        case .status(let text): "\"\(text)\" is not a redirect status: use 301, 302 or 410."
        case .noTarget: "Give where the old address should lead, or choose 410 for a page that is gone."
        case .badTarget(let text): "\"\(text.prefix(80))\" is neither a path on this site (/articles/…) nor a full http(s) address."
        case .loop: "The address would lead to itself."
        }
    }
}
