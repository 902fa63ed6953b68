import Foundation

/// A choice readers can vote for.
public struct PollOption: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var votes: Int

    public init(id: String, label: String, votes: Int) {
        self.id = id
        self.label = label
        self.votes = votes
    }
}

/// A reader poll on an article or a couple's page.
public struct Poll: Sendable, Hashable, Codable {
    public var id: String
    public var question: String
    public var options: [PollOption]
    /// The page it sits on: an article or a couple.
    public var attachedTo: EntityRef
    public var closesAt: Date?
    public var createdAt: Date

    public init(id: String, question: String, options: [PollOption], attachedTo: EntityRef, closesAt: Date?, createdAt: Date) {
        self.id = id
        self.question = question
        self.options = options
        self.attachedTo = attachedTo
        self.closesAt = closesAt
        self.createdAt = createdAt
    }

    public func isClosed(at now: Date) -> Bool {
        closesAt.map { $0 <= now } ?? false
    }

    public var totalVotes: Int {
        options.reduce(0) { $0 + $1.votes }
    }
}
