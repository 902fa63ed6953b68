import HallyuCore
import HallyuStore
import Vapor

/// `/admin/media`: upload, describe, find and delete images.
struct MediaPagesController {
    func index(req: Request) async throws -> Response {
        let user = try req.require(.manageMedia)
        return try await page(req, user, typed: .init(), notice: nil, problem: nil, status: .ok)
    }

    func upload(req: Request) async throws -> Response {
        let user = try req.require(.manageMedia)
        try await CSRF.verify(req)
        let form: MediaUploads.Form
        do {
            form = try req.content.decode(MediaUploads.Form.self)
        } catch {
            return try await page(
                req, user, typed: .init(), notice: nil,
                problem: "Send the upload form as it is on this page (a file and its description).", status: .badRequest)
        }
        let typed = AdminMediaPage.Typed(
            alt: form.alt ?? "", caption: form.caption ?? "", credit: form.credit ?? "",
            sourceURL: form.sourceUrl ?? "", licence: form.licence ?? "")
        do {
            let (media, existed) = try await MediaUploads(req: req).store(form)
            if !existed {
                try await req.auditLog.record(
                    user, "uploaded image", kind: "media", id: media.id,
                    summary: "\(media.fileName) (\(media.width)×\(media.height))", at: req.now)
            }
            let notice = existed ? "That image is already in the library; it is first below." : "Uploaded \(media.width)×\(media.height)."
            return try await page(
                req, user, typed: .init(), notice: notice, problem: nil, status: existed ? .ok : .created,
                first: media.id)
        } catch let abort as Abort {
            return try await page(req, user, typed: typed, notice: nil, problem: abort.reason, status: abort.status)
        }
    }

    func describe(req: Request) async throws -> Response {
        let user = try req.require(.manageMedia)
        try await CSRF.verify(req)
        guard let id = req.parameters.get("id"), try await req.mediaLibrary.item(id: id) != nil else {
            throw Abort(.notFound, reason: "There is no such image.")
        }
        let form = try req.content.decode(MediaUploads.Form.self)
        switch form.description() {
        case .failure(let abort):
            return try await page(req, user, typed: .init(), notice: nil, problem: abort.reason, status: abort.status, first: id)
        case .success(let description):
            let media = try await req.mediaLibrary.describe(id: id, description)
            try await req.auditLog.record(user, "described image", kind: "media", id: id, summary: media.fileName, at: req.now)
            // Credits and alt text show wherever the image heads a story: its page, lists, feeds.
            await req.announce(.of(.articles))
            return try await page(
                req, user, typed: .init(), notice: "Saved the description of \(media.fileName).", problem: nil,
                status: .ok, first: id)
        }
    }

    func delete(req: Request) async throws -> Response {
        let user = try req.require(.manageMedia)
        try await CSRF.verify(req)
        guard let id = req.parameters.get("id") else { throw Abort(.notFound) }
        do {
            let files = try await req.mediaLibrary.delete(id: id)
            if let fileName = files.first {
                for file in files { MediaUploads(req: req).removeFile(file) }
                try await req.auditLog.record(user, "deleted image", kind: "media", id: id, summary: fileName, at: req.now)
            }
            return try await page(req, user, typed: .init(), notice: "Deleted the image.", problem: nil, status: .ok)
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, user, typed: .init(), notice: nil, problem: error.reason, status: error.status, first: id)
        }
    }

    /// The library page; `first` puts one item at the top (the one just uploaded or changed).
    private func page(
        _ req: Request, _ user: User, typed: AdminMediaPage.Typed, notice: String?, problem: String?,
        status: HTTPStatus, first: String? = nil
    ) async throws -> Response {
        let query = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespaces)
        let paging = try (try? req.pageRequest()) ?? Paging(page: 1, per: 20)
        let library = req.mediaLibrary
        let page = try await library.list(query: query, paging)
        var items = page.items
        if let first, let item = try await library.item(id: first) {
            items.removeAll { $0.media.id == first }
            items.insert(item, at: 0)
        }
        let base = NewsroomPaths.media(search: query)
        let view = try await req.view.render(
            "admin/media",
            AdminMediaPage(
                meta: PageMeta(title: "Media library", description: "The newsroom's images.", path: NewsroomPaths.media),
                frame: try await req.adminFrame(user, current: NewsroomPaths.media), query: query,
                items: items.map(AdminMediaPage.item),
                pager: Pager(page, basePath: base), typed: typed, notice: notice, problem: problem,
                maxMegabytes: MediaUploads.maxBytes / 1_048_576))
        return try await view.encodeResponse(status: status, for: req)
    }
}
