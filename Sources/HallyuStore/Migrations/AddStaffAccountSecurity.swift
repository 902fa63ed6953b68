import Fluent
import SQLKit

/// What running a newsroom's accounts for real needs: disabled accounts, two-factor sign-in
/// with its recovery codes, one-time password reset links, and sessions that know their device
/// and when they were last seen (for the idle lifetime and the sessions list).
struct AddStaffAccountSecurity: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("password_resets_user", PasswordResetModel.schema, ["user_id"]),
        ("recovery_codes_user", RecoveryCodeModel.schema, ["user_id"]),
    ]

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds no more at once.
        let columns: [(table: String, name: FieldKey, type: DatabaseSchema.DataType)] = [
            (UserModel.schema, "disabled_at", .datetime), (UserModel.schema, "totp_secret", .string),
            (UserModel.schema, "totp_enabled_at", .datetime), (UserModel.schema, "totp_last_step", .int64),
            (SessionModel.schema, "last_seen_at", .datetime), (SessionModel.schema, "device", .string),
            (SessionModel.schema, "awaiting_code", .bool),
        ]
        for column in columns {
            try await database.schema(column.table).field(column.name, column.type).update()
        }
        // Sessions already open count as seen when they began, so the idle lifetime applies.
        try await CreateEntityNamesAndIndexes.sql(database)
            .update(SessionModel.schema).set("last_seen_at", to: SQLColumn("created_at")).run()
        try await database.schema(PasswordResetModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("made_by", .string, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema(RecoveryCodeModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("code_hash", .string, .required)
            .field("used_at", .datetime)
            .create()
        try await CreateEntityNamesAndIndexes.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecoveryCodeModel.schema).delete()
        try await database.schema(PasswordResetModel.schema).delete()
        for (table, column) in [
            (SessionModel.schema, "awaiting_code"), (SessionModel.schema, "device"), (SessionModel.schema, "last_seen_at"),
            (UserModel.schema, "totp_last_step"), (UserModel.schema, "totp_enabled_at"), (UserModel.schema, "totp_secret"),
            (UserModel.schema, "disabled_at"),
        ] {
            try await database.schema(table).deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
