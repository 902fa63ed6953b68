import Foundation
import HallyuStore
import Testing

@Suite struct RateWindowsTests {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aWindowAdmitsItsLimitThenRefusesUntilItCloses() async throws {
        try await TestDatabase.run { db, backend in
            let windows = RateWindows(database: db)
            for second in 0..<3 {
                let outcome = try await windows.take("k", limit: 3, window: 60, now: self.start.addingTimeInterval(Double(second)))
                guard case .admitted(let slot) = outcome else {
                    Issue.record("attempt \(second) refused (\(backend))")
                    return
                }
                #expect(slot.taken == second + 1 && slot.windowOpenedAt == self.start, "\(backend)")
            }
            let refused = try await windows.take("k", limit: 3, window: 60, now: self.start.addingTimeInterval(59))
            #expect(refused == .refused(windowOpenedAt: self.start), "the window opened with its first attempt (\(backend))")
            let other = try await windows.take("other", limit: 3, window: 60, now: self.start.addingTimeInterval(59))
            #expect(other != .refused(windowOpenedAt: self.start), "keys count apart (\(backend))")
            let later = self.start.addingTimeInterval(60)
            let again = try await windows.take("k", limit: 3, window: 60, now: later)
            #expect(again == .admitted(.init(key: "k", windowOpenedAt: later, taken: 1)), "a closed window starts afresh (\(backend))")
        }
    }

    @Test func aSlotGivenBackFreesRoomOnlyInItsOwnWindow() async throws {
        try await TestDatabase.run { db, backend in
            let windows = RateWindows(database: db)
            guard case .admitted(let first) = try await windows.take("k", limit: 2, window: 60, now: self.start) else {
                Issue.record("refused (\(backend))")
                return
            }
            _ = try await windows.take("k", limit: 2, window: 60, now: self.start)
            try await windows.giveBack(first)
            #expect(try await windows.take("k", limit: 2, window: 60, now: self.start) != .refused(windowOpenedAt: self.start), "\(backend)")
            #expect(try await windows.take("k", limit: 2, window: 60, now: self.start) == .refused(windowOpenedAt: self.start))
            // A slot from a window that has closed and started again gives nothing back in the new one.
            let later = self.start.addingTimeInterval(120)
            _ = try await windows.take("k", limit: 2, window: 60, now: later)
            _ = try await windows.take("k", limit: 2, window: 60, now: later)
            try await windows.giveBack(first)
            #expect(try await windows.take("k", limit: 2, window: 60, now: later) == .refused(windowOpenedAt: later), "\(backend)")
            try await windows.clear("k")
            #expect(try await windows.take("k", limit: 2, window: 60, now: later) == .admitted(.init(key: "k", windowOpenedAt: later, taken: 1)))
        }
    }

    @Test func attemptsAtOnceNeverPassTheLimit() async throws {
        try await TestDatabase.run { db, backend in
            let windows = RateWindows(database: db)
            let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        if case .admitted = try await windows.take("burst", limit: 7, window: 60, now: self.start) { return true }
                        return false
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(admitted == 7, "\(backend)")
        }
    }

    @Test func windowsNoLimitLooksBackToAreForgotten() async throws {
        try await TestDatabase.run { db, backend in
            let windows = RateWindows(database: db)
            _ = try await windows.take("old", limit: 1, window: 86_400, now: self.start)
            _ = try await windows.take("new", limit: 1, window: 86_400, now: self.start.addingTimeInterval(3_600))
            try await windows.forget(openedBefore: self.start.addingTimeInterval(60))
            let old = try await windows.take("old", limit: 1, window: 86_400, now: self.start.addingTimeInterval(7_200))
            #expect(old == .admitted(.init(key: "old", windowOpenedAt: self.start.addingTimeInterval(7_200), taken: 1)), "\(backend)")
            let new = try await windows.take("new", limit: 1, window: 86_400, now: self.start.addingTimeInterval(7_200))
            #expect(new == .refused(windowOpenedAt: self.start.addingTimeInterval(3_600)), "\(backend)")
        }
    }
}
