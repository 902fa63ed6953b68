import Fluent
import Foundation
import HallyuCore
import HallyuStore
import Testing

@Suite struct AccountsTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func user(_ name: String, _ email: String) -> User {
        User(id: "", slug: "", name: name, email: email, role: .writer)
    }

    @Test func anEmailAddressHoldsOneAccountWhateverItsCase() async throws {
        try await TestDatabase.run { db, backend in
            let accounts = Accounts(database: db)
            let added = try await accounts.add(self.user("Kim Min-seo", " Kim@News.test"), passwordHash: "hash")
            #expect(added.email == "kim@news.test", "\(backend)")
            do {
                try await accounts.add(self.user("Someone Else", "KIM@news.test"), passwordHash: "hash")
                Issue.record("a second account with the same address (\(backend))")
            } catch let error as StoreError {
                #expect(error.message.contains("exists"), "\(backend)")
            }
            let found = try await accounts.credentials(email: "kim@NEWS.test")
            #expect(found?.user.name == "Kim Min-seo", "\(backend)")
            #expect(found?.passwordHash == "hash", "\(backend)")
        }
    }

    @Test func namesakesGetNumberedSlugsAndHangulNamesAFallback() async throws {
        try await TestDatabase.run { db, backend in
            let accounts = Accounts(database: db)
            let first = try await accounts.add(self.user("Lee Ji-eun", "a@news.test"), passwordHash: "h")
            let second = try await accounts.add(self.user("Lee Ji-eun", "b@news.test"), passwordHash: "h")
            let hangul = try await accounts.add(self.user("이지은", "c@news.test"), passwordHash: "h")
            #expect((first.slug, second.slug, hangul.slug) == ("lee-ji-eun", "lee-ji-eun-2", "writer"), "\(backend)")
        }
    }

    @Test func sessionsLastTheirLifetimeAndEndWhenDeleted() async throws {
        try await TestDatabase.run { db, backend in
            let account = try await Accounts(database: db).add(self.user("Writer", "w@news.test"), passwordHash: "h")
            let sessions = Sessions(database: db)
            try await sessions.create(userID: account.id, tokenHash: "token-hash", now: self.now)
            let during = try await sessions.user(tokenHash: "token-hash", now: self.now.addingTimeInterval(Sessions.lifetime - 60))
            #expect(during?.id == account.id, "\(backend)")
            let after = try await sessions.user(tokenHash: "token-hash", now: self.now.addingTimeInterval(Sessions.lifetime + 60))
            #expect(after == nil, "an expired session signs no one in (\(backend))")
            try await sessions.create(userID: account.id, tokenHash: "later-hash", now: self.now.addingTimeInterval(Sessions.lifetime))
            try await sessions.deleteExpired(now: self.now.addingTimeInterval(Sessions.lifetime + 60))
            let pruned = try await sessions.user(tokenHash: "token-hash", now: self.now)
            #expect(pruned == nil, "an expired session is deleted (\(backend))")
            let kept = try await sessions.user(tokenHash: "later-hash", now: self.now.addingTimeInterval(Sessions.lifetime + 60))
            #expect(kept?.id == account.id, "a live one stays (\(backend))")
            try await sessions.delete(tokenHash: "later-hash")
            let deleted = try await sessions.user(tokenHash: "later-hash", now: self.now.addingTimeInterval(Sessions.lifetime))
            #expect(deleted == nil, "\(backend)")
        }
    }

    @Test func tokensBelongToTheirOwner() async throws {
        try await TestDatabase.run { db, backend in
            let owner = try await Accounts(database: db).add(self.user("Owner", "o@news.test"), passwordHash: "h")
            let other = try await Accounts(database: db).add(self.user("Other", "x@news.test"), passwordHash: "h")
            let tokens = APITokens(database: db)
            let made = try await tokens.create(userID: owner.id, name: "script", tokenHash: "t-hash", now: self.now)
            let notTheirs = try await tokens.revoke(id: made.id, userID: other.id)
            #expect(notTheirs == nil, "one account cannot revoke another's token (\(backend))")
            let used = try await tokens.user(tokenHash: "t-hash", now: self.now.addingTimeInterval(600))
            #expect(used?.id == owner.id, "\(backend)")
            let listed = try await tokens.list(userID: owner.id)
            #expect(listed.first?.lastUsedAt == self.now.addingTimeInterval(600), "\(backend)")
            let revoked = try await tokens.revoke(id: made.id, userID: owner.id)
            #expect(revoked == "script", "\(backend)")
            let gone = try await tokens.user(tokenHash: "t-hash", now: self.now)
            #expect(gone == nil, "\(backend)")
        }
    }
}
