#ifndef HALLYU_CSQLITE_SETTINGS_H
#define HALLYU_CSQLITE_SETTINGS_H

/// Asks SQLite to keep every statement's plan whatever values are bound to it, so a statement
/// prepared once is not prepared again before each run (see `SQLiteReadConnection`).
/// `connection` is an open `sqlite3 *` of the SQLite that SQLiteNIO bundles; returns its status.
int hallyu_sqlite_keep_plans(void *connection);

#endif
