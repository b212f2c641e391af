package org.icsse.governance.web.api.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.resource.ResourceException;

/**
 * Whether a failure means the database cannot be reached just now — a connection refused, broken or not to be had
 * from the pool — rather than a fault of the request or of the code: such a request is answered 503 with
 * {@code Retry-After}, and can be sent again once the database is back (the pool replaces dead connections by
 * itself, see the datasource in web.xml).
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final int DEPTH = 30;

    private DatabaseUnavailable() {
    }

    /** True when anything in the failure's chain of causes says the database could not be reached. */
    public static boolean isCauseOf(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < DEPTH && seen.put(t, Boolean.TRUE) == null; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && connectionLost(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionLost(SQLException failure) {
        int depth = 0;
        for (SQLException s = failure; s != null && depth < DEPTH; s = s.getNextException(), depth++) {
            // class 08: connection exception (SQL standard; PostgreSQL's driver and H2 use it);
            // 57P01-57P03: PostgreSQL shutting down, crashed, or not accepting connections yet
            String state = s.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            if (s instanceof SQLTransientConnectionException || s instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // the container's pool could not hand out a connection (it could not open one, or all are taken)
            if (s.getCause() instanceof ResourceException) {
                return true;
            }
        }
        return false;
    }
}
