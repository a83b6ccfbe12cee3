package io.journeyboard.server.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Starts a read-only transaction that sees the store as it was at its first read, on H2 and PostgreSQL. */
final class Snapshot {

    private Snapshot() {}

    static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
            // H2's REPEATABLE READ lets rows committed by others appear; its SNAPSHOT level does not.
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        } else {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        connection.setReadOnly(true);
    }
}
