import HallyuCore
import HallyuStore
import Vapor

/// `/admin/audit`: the audit log, newest first, for admins.
struct AuditController {
    func index(req: Request) async throws -> View {
        let user = try req.require(.readAudit)
        let paging = try req.pageRequest(defaultPer: 50)
        let entries = try await req.auditLog.entries(paging)
        let formatting = req.formatting
        return try await req.view.render(
            "admin/audit",
            AdminAuditPage(
                meta: PageMeta(title: "Audit log", description: "Who did what, and when.", path: NewsroomPaths.audit),
                frame: try await req.adminFrame(user, current: NewsroomPaths.audit),
                entries: entries.items.map { entry in
                    AdminAuditPage.Row(
                        at: formatting.dayAndTime(entry.at), atISO: formatting.iso(entry.at),
                        who: entry.userName.isEmpty ? "Hallyu" : entry.userName, action: entry.action,
                        item: "\(entry.itemKind) · \(entry.summary)")
                },
                pager: Pager(entries, basePath: NewsroomPaths.audit, defaultPer: 50)))
    }
}
