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

    @Test func sessionsEndAtTheirAbsoluteLifetimeEvenWhenBusy() async throws {
        try await TestDatabase.run { db, backend in
            let account = try await Accounts(database: db).add(self.user("Writer", "w@news.test"), passwordHash: "h")
            let sessions = Sessions(database: db)
            try await sessions.create(userID: account.id, tokenHash: "token-hash", device: "Firefox on Linux", now: self.now)
            // Seen every day, so the idle lifetime never runs out; the absolute one does.
            var day = self.now
            while day < self.now.addingTimeInterval(SessionLifetime.absolute - 86_400) {
                day = day.addingTimeInterval(86_400)
                #expect(try await sessions.user(tokenHash: "token-hash", now: day)?.id == account.id, "\(backend) \(day)")
            }
            let after = try await sessions.user(tokenHash: "token-hash", now: self.now.addingTimeInterval(SessionLifetime.absolute + 60))
            #expect(after == nil, "an expired session signs no one in (\(backend))")
            try await sessions.create(
                userID: account.id, tokenHash: "later-hash", device: "Safari on iPhone", now: self.now.addingTimeInterval(SessionLifetime.absolute))
            try await sessions.deleteExpired(now: self.now.addingTimeInterval(SessionLifetime.absolute + 60))
            let pruned = try await sessions.user(tokenHash: "token-hash", now: self.now)
            #expect(pruned == nil, "an expired session is deleted (\(backend))")
            let kept = try await sessions.user(tokenHash: "later-hash", now: self.now.addingTimeInterval(SessionLifetime.absolute + 60))
            #expect(kept?.id == account.id, "a live one stays (\(backend))")
            try await sessions.delete(tokenHash: "later-hash")
            let deleted = try await sessions.user(tokenHash: "later-hash", now: self.now.addingTimeInterval(SessionLifetime.absolute))
            #expect(deleted == nil, "\(backend)")
        }
    }

    @Test func anIdleSessionEndsAndIsPruned() async throws {
        try await TestDatabase.run { db, backend in
            let account = try await Accounts(database: db).add(self.user("Writer", "w@news.test"), passwordHash: "h")
            let sessions = Sessions(database: db)
            try await sessions.create(userID: account.id, tokenHash: "idle", device: "Chrome on Android", now: self.now)
            let seen = self.now.addingTimeInterval(SessionLifetime.idle - 60)
            #expect(try await sessions.user(tokenHash: "idle", now: seen)?.id == account.id, "\(backend)")
            // The last visit moved the idle clock: just under the idle lifetime after it, still signed in.
            #expect(try await sessions.user(tokenHash: "idle", now: seen.addingTimeInterval(SessionLifetime.idle - 60)) != nil)
            let quiet = seen.addingTimeInterval(2 * SessionLifetime.idle)
            #expect(try await sessions.user(tokenHash: "idle", now: quiet) == nil, "unused for longer than the idle lifetime (\(backend))")
            try await sessions.deleteExpired(now: quiet)
            #expect(try await sessions.list(userID: account.id, currentTokenHash: nil, now: self.now).isEmpty, "pruned (\(backend))")
        }
    }

    @Test func aSessionWaitingForItsCodeSignsNoOneIn() async throws {
        try await TestDatabase.run { db, backend in
            let account = try await Accounts(database: db).add(self.user("Editor", "e@news.test"), passwordHash: "h")
            let sessions = Sessions(database: db)
            try await sessions.create(userID: account.id, tokenHash: "half", device: "Edge on Windows", now: self.now, awaitingCode: true)
            #expect(try await sessions.user(tokenHash: "half", now: self.now) == nil, "\(backend)")
            #expect(try await sessions.userAwaitingCode(tokenHash: "half", now: self.now)?.id == account.id)
            let late = self.now.addingTimeInterval(SessionLifetime.awaitingCode + 1)
            #expect(try await sessions.userAwaitingCode(tokenHash: "half", now: late) == nil, "the code must come within minutes")
            #expect(try await sessions.list(userID: account.id, currentTokenHash: nil, now: self.now).isEmpty, "not listed as signed in")
        }
    }

    @Test func signingOutElsewhereKeepsOnlyThisBrowser() async throws {
        try await TestDatabase.run { db, backend in
            let account = try await Accounts(database: db).add(self.user("Writer", "w@news.test"), passwordHash: "h")
            let other = try await Accounts(database: db).add(self.user("Other", "o@news.test"), passwordHash: "h")
            let sessions = Sessions(database: db)
            for (index, hash) in ["mine", "laptop", "phone"].enumerated() {
                try await sessions.create(userID: account.id, tokenHash: hash, device: hash, now: self.now.addingTimeInterval(Double(index)))
            }
            try await sessions.create(userID: other.id, tokenHash: "theirs", device: "theirs", now: self.now)
            let listed = try await sessions.list(userID: account.id, currentTokenHash: "mine", now: self.now)
            #expect(listed.map(\.device) == ["phone", "laptop", "mine"], "most recently seen first (\(backend))")
            #expect(listed.filter(\.isCurrent).map(\.device) == ["mine"])
            #expect(try await sessions.end(id: listed[0].id, userID: other.id) == false, "not another account's session")
            #expect(try await sessions.end(id: listed[0].id, userID: account.id))
            #expect(try await sessions.endOthers(userID: account.id, keeping: "mine") == 1)
            #expect(try await sessions.list(userID: account.id, currentTokenHash: "mine", now: self.now).map(\.device) == ["mine"])
            #expect(try await sessions.user(tokenHash: "theirs", now: self.now)?.id == other.id, "others' sessions untouched")
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
