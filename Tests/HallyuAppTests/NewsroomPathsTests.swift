import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Every address `NewsroomPaths` makes is one the newsroom answers, so a link or redirect built
/// with it cannot lead nowhere.
@Suite("Newsroom paths")
struct NewsroomPathsTests {
    @Test func everyPageAnAdminOpensIsThere() async throws {
        try await withApp(demo: true) { app, backend in
            let admin = try await signedIn(app, as: .admin)
            let id = try #require(try await ArticleDesk(database: app.db).id(slug: "han-so-hee-and-song-kang-nevertheless"))
            let pages = [
                NewsroomPaths.home, NewsroomPaths.articles, NewsroomPaths.newArticle, NewsroomPaths.article(id),
                NewsroomPaths.article(id, done: "saved"), NewsroomPaths.revisions(ofArticle: id),
                NewsroomPaths.diff(ofArticle: id, from: 1, to: 1), NewsroomPaths.comments, NewsroomPaths.comments(status: "spam"),
                NewsroomPaths.comments(commenter: "email:0a1b2c"), NewsroomPaths.polls, NewsroomPaths.polls(done: "created"),
                NewsroomPaths.media, NewsroomPaths.media(search: "한소희 & co"), NewsroomPaths.tokens, NewsroomPaths.users,
                NewsroomPaths.blocklist, NewsroomPaths.blocklist(done: "saved"), NewsroomPaths.audit, NewsroomPaths.people,
                NewsroomPaths.people(search: "Song Kang"), NewsroomPaths.newPerson, NewsroomPaths.newPerson(named: "Kim Da-mi"),
                NewsroomPaths.person("song-kang"), NewsroomPaths.person("song-kang", done: "merged"),
                NewsroomPaths.entries("titles"), NewsroomPaths.newEntry("titles"), NewsroomPaths.entry("titles", "nevertheless"),
                NewsroomPaths.entries("organizations"), NewsroomPaths.newEntry("organizations"),
                NewsroomPaths.couples, NewsroomPaths.couple("han-so-hee-and-song-kang", done: "note"),
            ]
            for page in pages {
                #expect(try await admin.get(page).status == .ok, "\(page) on \(backend)")
            }
            // Forms post to these; without the form's token a post is refused, but it is not lost.
            let forms = [
                NewsroomPaths.merge(person: "song-kang"), NewsroomPaths.quotes(ofPerson: "song-kang"),
                NewsroomPaths.cast(ofTitle: "nevertheless"), NewsroomPaths.comments(onArticle: id),
            ]
            for form in forms {
                #expect(try await admin.post(form, ["_csrf": "wrong"]).status == .forbidden, "\(form)")
            }
            let signIn = try await get(app, NewsroomPaths.login(returningTo: NewsroomPaths.person("song-kang")))
            #expect(signIn.status == .ok)
            #expect(signIn.text.contains("/admin/kb/people/song-kang/edit"), "the sign-in form leads back where the editor was going")
        }
    }
}
