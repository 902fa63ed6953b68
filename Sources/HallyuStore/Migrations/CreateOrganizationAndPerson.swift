import Fluent

struct CreateOrganizationAndPerson: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(OrganizationModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("native_name", .string)
            .field("kind", .string, .required)
            .field("aliases", .array(of: .string), .required)
            .field("description", .string, .required)
            .field("founded", .string)
            .field("website", .string)
            .unique(on: "slug")
            .create()
        try await database.schema(PersonModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("native_name", .string)
            .field("aliases", .array(of: .string), .required)
            .field("birth_date", .string)
            .field("occupations", .array(of: .string), .required)
            .field("agency_id", .uuid, .references(OrganizationModel.schema, "id", onDelete: .setNull))
            .field("bio", .string, .required)
            .unique(on: "slug")
            .create()
        try await database.schema(MembershipModel.schema)
            .id()
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("group_id", .uuid, .required, .references(OrganizationModel.schema, "id", onDelete: .cascade))
            .field("current", .bool, .required)
            .field("since", .string)
            .field("until", .string)
            .unique(on: "person_id", "group_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(MembershipModel.schema).delete()
        try await database.schema(PersonModel.schema).delete()
        try await database.schema(OrganizationModel.schema).delete()
    }
}
