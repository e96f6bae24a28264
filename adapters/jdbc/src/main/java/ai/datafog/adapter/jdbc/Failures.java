package ai.datafog.adapter.jdbc;

import java.sql.SQLException;

/** Describes a database failure for a log line without its message, which may quote values. */
final class Failures {

    private Failures() {
    }

    /** The SQLSTATE of the first {@link SQLException} in the chain, or null. */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getClass().getSimpleName() + " sqlstate=" + sql.getSQLState();
            }
        }
        return failure.getClass().getName();
    }
}
