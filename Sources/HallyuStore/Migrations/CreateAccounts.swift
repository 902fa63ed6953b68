import Fluent

/// Sessions, sign-in failures, API tokens and the audit log.
struct CreateAccounts: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("sessions_user", SessionModel.schema, ["user_id"]),
        ("login_failures_account", ReplaceLoginFailuresWithRateWindows.loginFailures, ["account", "at"]),
        ("login_failures_address", ReplaceLoginFailuresWithRateWindows.loginFailures, ["address_hash", "at"]),
        ("api_tokens_user", APITokenModel.schema, ["user_id"]),
        ("audit_entries_at", AuditEntryModel.schema, ["at"]),
    ]

    func prepare(on database: Database) async throws {
        try await database.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema(ReplaceLoginFailuresWithRateWindows.loginFailures)
            .id()
            .field("account", .string, .required)
            .field("address_hash", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.schema(APITokenModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("at", .datetime, .required)
            .field("user_id", .uuid, .references(UserModel.schema, "id", onDelete: .setNull))
            .field("user_name", .string, .required)
            .field("action", .string, .required)
            .field("item_kind", .string, .required)
            .field("item_id", .string, .required)
            .field("summary", .string, .required)
            .create()
        try await CreateEntityNamesAndIndexes.create(Self.indexes, on: database)
    }

    func revert(on database: Database) async throws {
        for schema in [AuditEntryModel.schema, APITokenModel.schema, ReplaceLoginFailuresWithRateWindows.loginFailures, SessionModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
