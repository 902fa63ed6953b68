import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// A person's birthplace, the worked example of adding a field (docs/development.md): typed in
/// the newsroom's form or sent to the API, kept through a merge, shown on the person's page and
/// in its structured data, and refused with the form kept when it is too long.
@Suite("A person's birthplace")
struct PersonBirthplaceTests {
    @Test func theNewsroomFormAndTheAPISetItAndReadersSeeIt() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let form = try await editor.get("/admin/kb/people/song-kang/edit")
            #expect(form.text.contains("name=\"birthplace\""), "\(backend)")
            var typed = [
                "name": "Song Kang", "nativeName": "송강", "birthDate": "1994-04-23", "birthplace": "  Incheon  ",
                "occupations": "actor", "slug": "song-kang",
            ]
            let saved = try await editor.post("/admin/kb/people/song-kang/edit", typed)
            #expect(saved.status == .seeOther)
            let page = try await get(app, "/people/song-kang")
            #expect(page.text.contains("<dt>Born</dt><dd>23 April 1994 in Incheon</dd>"))
            #expect(page.text.contains("\"birthPlace\":{\"@type\":\"Place\",\"name\":\"Incheon\"}"))
            let read = try json(PersonDTO.self, try await get(app, "/api/v1/people/song-kang"))
            #expect(read.birthplace == "Incheon", "trimmed as typed")

            let token = try await apiToken(app, role: .editor, email: "api@news.test")
            let patched = try await api(app, .PATCH, "/api/v1/people/song-kang", token: token, ["bio": "An actor."])
            #expect(try json(PersonDTO.self, patched).birthplace == "Incheon", "an edit that does not send it keeps it")
            let moved = try await api(app, .PATCH, "/api/v1/people/song-kang", token: token, ["birthplace": "Seoul"])
            #expect(try json(PersonDTO.self, moved).birthplace == "Seoul")
            let cleared = try await api(app, .PATCH, "/api/v1/people/song-kang", token: token, ["birthplace": ""])
            #expect(try json(PersonDTO.self, cleared).birthplace == nil)
            let noDate = try await get(app, "/people/han-so-hee")
            #expect(noDate.text.contains("<dt>Born</dt><dd>18 November 1994 in Ulsan</dd>"), "the demo's own")

            typed["birthplace"] = String(repeating: "서", count: 201)
            let tooLong = try await editor.post("/admin/kb/people/song-kang/edit", typed)
            #expect(tooLong.status == .badRequest)
            #expect(tooLong.text.contains("The birthplace may be at most 200 characters."))
            #expect(tooLong.text.contains(String(repeating: "서", count: 201)), "the form keeps what was typed")
            let refused = try await api(
                app, .PATCH, "/api/v1/people/song-kang", token: token,
                ["birthplace": String(repeating: "a", count: 201)])
            #expect(refused.status == .badRequest)
        }
    }

    @Test func aMergeKeepsTheBirthplaceTheDuplicateKnew() async throws {
        try await withApp(demo: true) { app, _ in
            let token = try await apiToken(app, role: .editor, email: "api@news.test")
            let created = try await api(app, .POST, "/api/v1/people", token: token, ["name": "Song Gang", "birthplace": "Incheon"])
            #expect(created.status == .created)
            let merged = try await api(app, .POST, "/api/v1/people/song-gang/merge", token: token, ["into": "song-kang"])
            #expect(try json(PersonDTO.self, merged).birthplace == "Incheon", "song-kang had none")
            let other = try await api(app, .POST, "/api/v1/people", token: token, ["name": "Han Sohee Two", "birthplace": "Seoul"])
            #expect(other.status == .created)
            let kept = try await api(app, .POST, "/api/v1/people/han-sohee-two/merge", token: token, ["into": "han-so-hee"])
            #expect(try json(PersonDTO.self, kept).birthplace == "Ulsan", "the one merged into keeps its own")
        }
    }
}
