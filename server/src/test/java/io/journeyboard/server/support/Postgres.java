package io.journeyboard.server.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL the tests run against: the server named by {@code JOURNEYBOARD_TEST_PG_URL} (a JDBC
 * URL of a user allowed to create databases), or else an embedded PostgreSQL from Maven Central,
 * started once per test run. Each test gets a fresh database of its own.
 */
public final class Postgres {

    public static final String URL_VARIABLE = "JOURNEYBOARD_TEST_PG_URL";
    private static final String OBJECT_IN_USE = "55006";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String adminUrl;

    private Postgres() {}

    /** A new, empty database: its name (for {@link #drop}) and JDBC URL. */
    public record TestDatabase(String name, String url) {}

    public static synchronized TestDatabase newDatabase() {
        String name = "jb_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return new TestDatabase(name, withDatabase(adminUrl(), name));
    }

    /** Drops a test database once no server uses it, so a shared PostgreSQL does not fill up. */
    public static synchronized void drop(TestDatabase database) {
        // the sessions of a server process killed a moment ago may still be ending
        for (int attempt = 1; ; attempt++) {
            try {
                execute("DROP DATABASE IF EXISTS " + database.name());
                return;
            } catch (IllegalStateException e) {
                boolean inUse = e.getCause() instanceof SQLException sql && OBJECT_IN_USE.equals(sql.getSQLState());
                if (attempt == 20 || !inUse) {
                    throw e;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to drop a test database", e);
        }
    }

    private static void execute(String sql) {
        String admin = adminUrl();
        try (Connection connection = DriverManager.getConnection(admin);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed at " + admin + ": " + e.getMessage(), e);
        }
    }

    private static String adminUrl() {
        if (adminUrl == null) {
            String configured = System.getenv(URL_VARIABLE);
            adminUrl = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return adminUrl;
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "embedded PostgreSQL did not start; set " + URL_VARIABLE + " to use another server", e);
        }
    }

    /** {@code jdbc:postgresql://host:port/db?params} with {@code db} replaced by {@code name}. */
    static String withDatabase(String url, String name) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int query = url.indexOf('?', hostStart);
        String prefix = pathStart < 0 || (query >= 0 && pathStart > query)
                ? (query < 0 ? url : url.substring(0, query))
                : url.substring(0, pathStart);
        String params = query < 0 ? "" : url.substring(query);
        return prefix + "/" + name + params;
    }
}
