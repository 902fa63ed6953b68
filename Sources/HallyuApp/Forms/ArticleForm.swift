import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// The editor's form as posted, and as sent back when something in it needs fixing: nothing
/// typed is lost.
struct ArticleForm: Content {
    var title: String?
    var slug: String?
    var dek: String?
    var body: String?
    /// Tag names, separated by commas.
    var tags: String?
    /// `SubjectField` lines.
    var subjects: String?
    var hero: String?
    /// The revision the form was loaded from (text, as forms send everything).
    var base: String?
    /// A one-click fix from the side panel (`TextFix.formValue`), made before saving.
    var fix: String?
    /// `save`, or a `WorkflowStep` to take after saving.
    var action: String?
    /// The schedule time in the newsroom's zone, as a `datetime-local` field sends it.
    var at: String?
    var _csrf: String?

    /// The form filled in from a stored article.
    init(_ entry: ArticleDesk.Entry, titleKinds: [String: TitleKind], zone: TimeZone) {
        let article = entry.article
        title = article.title
        slug = article.slug
        dek = article.dek
        body = article.body
        tags = article.tags.map(\.name).joined(separator: ", ")
        subjects = article.subjects.map { SubjectField.line($0, titleKind: titleKinds[$0.slug]) }.joined(separator: "\n")
        hero = article.hero?.id
        base = String(entry.revision)
        at = entry.scheduledAt.map { ScheduleTime.local($0, in: zone) }
    }

    init() {}

    /// The revision the save starts from; a form without one starts from nothing.
    var baseRevision: Int { Int(base ?? "") ?? 0 }

    var tagNames: [String] {
        (tags ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The draft to store, or the problem to show beside the form.
    func draft(index: MentionIndex) -> Result<ArticleDesk.Draft, SubjectProblem> {
        let title = (title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { return .failure(SubjectProblem(message: "Give the article a title.")) }
        if title.count > 300 { return .failure(SubjectProblem(message: "The title may be at most 300 characters.")) }
        if (dek ?? "").count > 1000 { return .failure(SubjectProblem(message: "The dek may be at most 1,000 characters.")) }
        let subjects: [EntityRef]
        switch SubjectField.parse(self.subjects ?? "", index: index) {
        case .success(let refs): subjects = refs
        case .failure(let problem): return .failure(problem)
        }
        // Browsers send a textarea's line breaks as CRLF; the stored Markdown uses LF.
        let body = (self.body ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        return .success(
            ArticleDesk.Draft(
                title: title, slug: slug, dek: dek ?? "", body: body,
                heroMediaID: (hero ?? "").isEmpty ? nil : hero, tags: tagNames, subjects: subjects))
    }
}
