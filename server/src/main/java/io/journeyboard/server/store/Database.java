package io.journeyboard.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The store: a connection pool over the embedded H2 file database or PostgreSQL. {@link #migrate()}
 * brings the schema to the newest version with Flyway; nothing may use the store before it returns.
 */
public final class Database implements AutoCloseable {

    /** H2's answer when another process holds the database file. */
    private static final String H2_FILE_IN_USE = "90020";

    private final String url;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String description;

    private Database(String url, String description) {
        this.url = url;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(2);
        config.setPoolName("journeyboard");
        // Connect on first use, so that opening the pool costs nothing and migrate() reports connection errors.
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
        this.description = description;
        this.jdbi = Jdbi.create(pool);
    }

    /** Reports the connection pool's figures (connections in use, waits, timeouts) to {@code registry}. */
    public Database withMetrics(MeterRegistry registry) {
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        return this;
    }

    /** Creates or upgrades the schema; safe to call on every start. */
    public void migrate() {
        checkReachable();
        Flyway.configure().dataSource(pool).locations("classpath:io/journeyboard/server/store/migration").load().migrate();
    }

    /** The embedded file database in {@code dataDir}, created on first use; not migrated yet. */
    public static Database embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("journeyboard");
        return new Database("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "H2 file database in " + dataDir);
    }

    /** The database at a JDBC URL (PostgreSQL in production), user and password in the URL; not migrated yet. */
    public static Database at(String jdbcUrl) {
        return new Database(jdbcUrl, "database " + withoutSecrets(jdbcUrl));
    }

    /** One plain connection first, so that a database in use or out of reach is reported at once and plainly. */
    private void checkReachable() {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.isValid(5);
        } catch (SQLException e) {
            if (H2_FILE_IN_USE.equals(e.getSQLState())) {
                throw new IllegalStateException("the " + description + " is in use by another process; stop the other "
                        + "Journeyboard server or choose another --data directory", e);
            }
            throw new IllegalStateException("cannot open the " + description + ": " + e.getMessage(), e);
        }
    }

    private static String withoutSecrets(String url) {
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Where the data lives, for logs and the start-up message; never shows a password. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}
