/// Why a poll cannot be made as typed; `message` is shown to the editor.
public enum PollProblem: Error, Equatable, Sendable {
    case emptyQuestion, questionTooLong, tooFewOptions, tooManyOptions, optionTooLong, repeatedOption(String)

    /// What the editor is told next to the poll form.
    public var message: String {
        switch self {
        case .emptyQuestion: "Write the question readers will answer."
        case .questionTooLong: "Questions can be at most \(PollRules.maxQuestionCharacters) characters."
        case .tooFewOptions: "Give at least \(PollRules.minOptions) options to choose from."
        case .tooManyOptions: "A poll can have at most \(PollRules.maxOptions) options."
        case .optionTooLong: "Options can be at most \(PollRules.maxOptionCharacters) characters."
        case .repeatedOption(let option): "“\(option)” is listed more than once; each option must be different."
        }
    }
}

/// What makes a poll: a short question and a handful of distinct answers.
public enum PollRules {
    /// The longest question, in characters.
    public static let maxQuestionCharacters = 200
    /// The fewest options a poll can offer.
    public static let minOptions = 2
    /// The most options a poll can offer; more would not fit beside an article.
    public static let maxOptions = 6
    /// The longest option, in characters.
    public static let maxOptionCharacters = 100

    /// The question and options cleaned to one line each (control characters removed,
    /// whitespace collapsed, trimmed), with blank options dropped before they are counted.
    /// Options that differ only in case are refused, since readers could not tell them apart.
    public static func validate(question: String, options: [String]) throws(PollProblem) -> (question: String, options: [String]) {
        let question = PlainTextCleaning.singleLine(question)
        guard PlainTextCleaning.hasVisibleCharacter(question) else { throw .emptyQuestion }
        guard question.count <= maxQuestionCharacters else { throw .questionTooLong }
        let options = options.map(PlainTextCleaning.singleLine).filter(PlainTextCleaning.hasVisibleCharacter)
        guard options.count >= minOptions else { throw .tooFewOptions }
        guard options.count <= maxOptions else { throw .tooManyOptions }
        var seen = Set<String>()
        for option in options {
            guard option.count <= maxOptionCharacters else { throw .optionTooLong }
            guard seen.insert(option.lowercased()).inserted else { throw .repeatedOption(option) }
        }
        return (question, options)
    }

    /// Whole percentages for the counts, summing to exactly 100 once anyone has voted: each
    /// option gets its share rounded down, and the points left over go to the largest
    /// remainders (the earlier option on a tie), so rounding never shows 99 or 101 in all.
    public static func percentages(_ counts: [Int]) -> [Int] {
        let counts = counts.map { max($0, 0) }
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts.map { _ in 0 } }
        var shares = counts.map { $0 * 100 / total }
        let remainders = counts.map { $0 * 100 % total }
        let leftOver = 100 - shares.reduce(0, +)
        let order = counts.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order.prefix(leftOver) { shares[index] += 1 }
        return shares
    }
}
