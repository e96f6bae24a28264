package ai.datafog.adapter.jdbc;

import java.sql.SQLException;

/** Describes a database failure for a log line without its message, which may quote values. */
final class Failures {

    /** PostgreSQL's lock_not_available: a lock_timeout ran out. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    private Failures() {
    }

    /** The SQLSTATE of the first {@link SQLException} in the chain, or null. */
    static String sqlState(Throwable failure) {
        SQLException sql = firstSqlException(failure);
        return sql == null ? null : sql.getSQLState();
    }

    static String describe(Throwable failure) {
        SQLException sql = firstSqlException(failure);
        return sql == null ? failure.getClass().getName() : sql.getClass().getSimpleName() + " sqlstate=" + sql.getSQLState();
    }

    private static SQLException firstSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
