/// The steps an article takes between draft and the public site, and who may take them.
///
/// Writers write and submit; editors schedule, publish and unpublish. A writer may take back a
/// story they submitted until an editor acts on it.
public enum WorkflowStep: String, Sendable, CaseIterable, Codable {
    /// Ask an editor to look at it.
    case submit
    /// Back to a draft: withdrawn by its writer, returned by an editor, or taken off the schedule.
    case draft
    case schedule
    case publish
    case unpublish

    /// The state the article is in afterwards.
    public var result: ArticleStatus {
        switch self {
        case .submit: .review
        case .draft: .draft
        case .schedule: .scheduled
        case .publish: .published
        case .unpublish: .unpublished
        }
    }

    /// The states the step starts from. Scheduling again moves the time.
    public var starts: Set<ArticleStatus> {
        switch self {
        case .submit: [.draft, .unpublished]
        case .draft: [.review, .scheduled, .unpublished]
        case .schedule: [.draft, .review, .scheduled, .unpublished]
        case .publish: [.draft, .review, .scheduled, .unpublished]
        case .unpublish: [.published]
        }
    }

    /// The step in words, as a button shows it.
    public var label: String {
        switch self {
        case .submit: "Submit for review"
        case .draft: "Back to draft"
        case .schedule: "Schedule"
        case .publish: "Publish now"
        case .unpublish: "Unpublish"
        }
    }

    /// The step in the past tense, as the audit log records it.
    public var pastTense: String {
        switch self {
        case .submit: "submitted for review"
        case .draft: "returned to draft"
        case .schedule: "scheduled"
        case .publish: "published"
        case .unpublish: "unpublished"
        }
    }
}

extension UserRole {
    /// Whether someone in this role may take `step` on an article in `status`.
    public func may(_ step: WorkflowStep, from status: ArticleStatus, isAuthor: Bool) -> Bool {
        guard step.starts.contains(status) else { return false }
        switch step {
        case .submit: return may(.editAnyArticle) || (isAuthor && status == .draft)
        case .draft: return may(.publish) || (isAuthor && status == .review)
        case .schedule, .publish, .unpublish: return may(.publish)
        }
    }

    /// The steps open to this role on an article in `status`, in the order buttons show them.
    public func steps(from status: ArticleStatus, isAuthor: Bool) -> [WorkflowStep] {
        WorkflowStep.allCases.filter { may($0, from: status, isAuthor: isAuthor) }
    }
}
