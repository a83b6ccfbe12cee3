package io.journeyboard.server.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises, the same way on H2 and PostgreSQL, the database refusals that are not the server's fault:
 * a writer who lost a race for an id or an e-mail (answered 409), and a write that waited too long for
 * another one's lock, such as a large import's (answered 503 with Retry-After).
 */
public final class SqlFailures {

    /** The SQL state both H2 and PostgreSQL give a unique-key violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** H2's lock timeout and deadlock, PostgreSQL's lock_timeout, deadlock and serialization failure. */
    private static final Set<String> LOCK_TIMEOUTS = Set.of("HYT00", "40001", "55P03", "40P01");

    private SqlFailures() {}

    /** Whether {@code e} (or what caused it) is a unique-key violation. */
    public static boolean isUniqueViolation(Throwable e) {
        return UNIQUE_VIOLATION.equals(sqlState(e));
    }

    /** Whether {@code e} (or what caused it) is a lock wait that timed out or a deadlock the database broke. */
    public static boolean isLockTimeout(Throwable e) {
        String state = sqlState(e);
        return state != null && LOCK_TIMEOUTS.contains(state);
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
