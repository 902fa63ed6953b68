import FluentKit
import SQLKit

/// The SQL a repository reads with: the public pages' reader when it was given one
/// (`SQLiteReader`), else its database. Writes always go through the database.
func readingSQL(_ reads: (any SQLDatabase)?, or database: any Database) throws -> any SQLDatabase {
    try reads ?? CreateEntityNamesAndIndexes.sql(database)
}
