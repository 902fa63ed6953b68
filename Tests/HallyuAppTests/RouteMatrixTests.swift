import Fluent
import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp
@testable import HallyuStore

@Suite("Every newsroom route against every role")
struct RouteMatrixTests {
    /// A path with its parameters filled in: any id or slug will do to see who is let in.
    static func concrete(_ route: Route) -> String {
        "/"
            + route.path.map { component -> String in
                switch component {
                case .parameter(let name): name == "number" ? "1" : name == "id" ? UUID().uuidString : "han-so-hee"
                case .constant(let text): text
                default: "x"
                }
            }.joined(separator: "/")
    }

    /// What readers send without an account: comments and votes.
    static func isReaders(_ route: Route) -> Bool {
        let path = concrete(route)
        return route.method == .POST && path.hasPrefix("/api/v1/")
            && ((path.hasPrefix("/api/v1/articles/") && path.hasSuffix("/comments")) || path.hasSuffix("/votes"))
    }

    @Test func anonymousCallersAreSentToSignInOrRefusedEverywhere() async throws {
        try await withApp(demo: true) { app, backend in
            let open: Set<String> = ["/admin/login", "/admin/login/code", "/api/v1/analyze", "/api/v1/preview", "/api/v1/auth/tokens"]
            var checked = 0
            for route in app.routes.all {
                let path = Self.concrete(route)
                // A reset link is for someone not signed in; its own tests cover it.
                guard !open.contains(path), !path.hasPrefix("/admin/reset/"), !Self.isReaders(route),
                    path.hasPrefix("/admin") || (path.hasPrefix("/api/v1") && route.method != .GET)
                else { continue }
                let response = try await app.testing().sendRequest(route.method, path)
                if path.hasPrefix("/admin") {
                    #expect(response.status == .seeOther, "\(route.method) \(path) (\(backend))")
                    #expect(response.headers.first(name: .location)?.hasPrefix("/admin/login") == true, "\(route.method) \(path)")
                } else {
                    #expect(response.status == .unauthorized, "\(route.method) \(path) (\(backend))")
                }
                checked += 1
            }
            #expect(checked > 40, "the matrix found the newsroom's routes")
        }
    }

    @Test func writersAreRefusedWhatOnlyEditorsAndAdminsMayDo() async throws {
        try await withApp(demo: true) { app, backend in
            let writer = try await signedIn(app, as: .writer)
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let token = try await apiToken(app, role: .writer, email: "writer2@news.test")
            let editorsOnly = app.routes.all.filter { route in
                let path = Self.concrete(route)
                return path.hasPrefix("/admin/kb") || path.hasPrefix("/admin/users") || path.hasPrefix("/admin/audit")
                    || path.hasPrefix("/admin/comments") || path.hasPrefix("/admin/polls") || path.hasPrefix("/admin/blocklist")
                    || path.hasPrefix("/admin/redirects")
                    || (path.hasPrefix("/admin/articles/") && path.hasSuffix("/comments"))
            }
            #expect(editorsOnly.count >= 24)
            for route in editorsOnly {
                let path = Self.concrete(route)
                let response = route.method == .GET ? try await writer.get(path) : try await writer.post(path, [:])
                #expect(response.status == .forbidden, "writer \(route.method) \(path) (\(backend))")
                if path.hasPrefix("/admin/kb") && route.method == .GET {
                    let allowed = try await editor.get(path)
                    #expect(allowed.status == .ok || allowed.status == .notFound, "editor \(path)")
                }
            }
            for path in [
                "/api/v1/people", "/api/v1/titles", "/api/v1/organizations", "/api/v1/couples", "/api/v1/quotes",
                "/api/v1/credits", "/api/v1/people/han-so-hee/merge", "/api/v1/couples/han-so-hee-and-song-kang/status",
            ] {
                let response = try await api(app, .POST, path, token: token, [:])
                #expect(response.status == .forbidden, "writer POST \(path)")
            }
            for path in ["/api/v1/people/han-so-hee", "/api/v1/titles/nevertheless", "/api/v1/organizations/jtbc"] {
                let response = try await api(app, .PATCH, path, token: token, [:])
                #expect(response.status == .forbidden, "writer PATCH \(path)")
            }
            let poll = UUID().uuidString
            for (method, path) in [(HTTPMethod.POST, "/api/v1/polls"), (.POST, "/api/v1/polls/\(poll)/close"), (.DELETE, "/api/v1/polls/\(poll)")] {
                let response = try await api(app, method, path, token: token, [:])
                #expect(response.status == .forbidden, "writer \(method) \(path)")
            }
        }
    }
}
