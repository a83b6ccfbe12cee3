package io.journeyboard.server.http;

import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;

/**
 * A failure as it may be written to the log. Database errors quote the values they failed on (a
 * password hash, an evidence document, a persona), so in a chain that holds one every message is
 * replaced by the exception's class and SQL state; the stack traces stay.
 */
public final class LoggedFailure extends Exception {

    private LoggedFailure(String message, StackTraceElement[] trace, Throwable cause) {
        super(message, cause, false, true);
        setStackTrace(trace);
    }

    /** {@code failure} itself when it holds no database error, else a copy of its chain without messages. */
    public static Throwable of(Throwable failure) {
        return fromDatabase(failure) ? withoutMessages(failure) : failure;
    }

    private static boolean fromDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof JdbiException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable withoutMessages(Throwable failure) {
        Throwable next = failure.getCause();
        Throwable cause = next == null || next == failure ? null : withoutMessages(next);
        String state = failure instanceof SQLException sql && sql.getSQLState() != null
                ? " (SQL state " + sql.getSQLState() + ")"
                : "";
        return new LoggedFailure(
                failure.getClass().getName() + state + ", message withheld: it may quote stored values",
                failure.getStackTrace(),
                cause);
    }
}
