#include "CSQLiteSettings.h"

// SQLiteNIO bundles SQLite with its functions renamed; this one takes variable arguments,
// which Swift cannot call, hence this file. 1007 is SQLITE_DBCONFIG_ENABLE_QPSG.
extern int sqlite_nio_sqlite3_db_config(void *connection, int option, ...);

int hallyu_sqlite_keep_plans(void *connection) {
    return sqlite_nio_sqlite3_db_config(connection, 1007, 1, (int *)0);
}
