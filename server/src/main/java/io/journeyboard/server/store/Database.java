package io.journeyboard.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The store: a connection pool over the embedded H2 file database or PostgreSQL. {@link #migrate()}
 * brings the schema to the newest version with Flyway; nothing may use the store before it returns.
 */
public final class Database implements AutoCloseable {

    /** How long a statement waits for another transaction's lock before it fails (then answered 503). */
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);
    /** H2's answer when another process holds the database file. */
    private static final String H2_FILE_IN_USE = "90020";

    private static final String EMBEDDED_NAME = "journeyboard";

    private final String url;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String description;

    private Database(String url, String description, String connectionInitSql) {
        this.url = url;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setConnectionInitSql(connectionInitSql);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(2);
        config.setPoolName("journeyboard");
        // Connect on first use, so that opening the pool costs nothing and migrate() reports connection errors.
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
        this.description = description;
        this.jdbi = Jdbi.create(pool);
        // a failed statement's message would quote its arguments (password hashes, documents) into the log
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /** Reports the connection pool's figures (connections in use, waits, timeouts) to {@code registry}. */
    public Database withMetrics(MeterRegistry registry) {
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        return this;
    }

    /** Creates or upgrades the schema; safe to call on every start. */
    public void migrate() {
        checkReachable();
        flyway().load().migrate();
    }

    /** Creates or upgrades the schema up to {@code version} only (a restore brings its rows to their own schema). */
    public void migrateTo(String version) {
        checkReachable();
        flyway().target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    /** The newest schema version this release knows. */
    public MigrationVersion newestVersion() {
        return Arrays.stream(flyway().load().info().all())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The schema version the database is at, read on {@code connection} (inside its transaction). */
    public String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                        + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            if (!rows.next()) {
                throw new IllegalStateException("the " + description + " has no schema yet");
            }
            return rows.getString(1);
        }
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(pool).locations("classpath:io/journeyboard/server/store/migration");
    }

    /** The pooled connections, for work that needs plain JDBC (backups). */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * The embedded file database in {@code dataDir}, created on first use; not migrated yet. H2 writes commits
     * from a background thread half a second later by default, so a killed process lost what it had answered
     * for; {@code WRITE_DELAY=0} writes each commit to the file before the commit returns (the operating system
     * holds it from then on; H2 does not fsync it, see docs/server.md on power loss). Each connection keeps its
     * 64 most recent statements parsed ({@code QUERY_CACHE_SIZE}, 8 by default): the server's few dozen distinct
     * statements then skip H2's parser, which took about a twentieth of the time under load.
     */
    public static Database embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_NAME);
        String settings =
                ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;LOCK_TIMEOUT=" + LOCK_TIMEOUT.toMillis();
        return new Database("jdbc:h2:file:" + file + settings, "H2 file database in " + dataDir, null);
    }

    /** The file that holds the embedded database of {@code dataDir} (present once a server has started there). */
    public static Path embeddedFile(Path dataDir) {
        return dataDir.resolve(EMBEDDED_NAME + ".mv.db");
    }

    /** The database at a JDBC URL (PostgreSQL in production), user and password in the URL; not migrated yet. */
    public static Database at(String jdbcUrl) {
        // PostgreSQL waits for a lock forever unless told otherwise
        String lockTimeout =
                jdbcUrl.startsWith("jdbc:postgresql:") ? "SET lock_timeout = " + LOCK_TIMEOUT.toMillis() : null;
        return new Database(jdbcUrl, "database " + withoutSecrets(jdbcUrl), lockTimeout);
    }

    /** One plain connection first, so that a database in use or out of reach is reported at once and plainly. */
    public void checkReachable() {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.isValid(5);
        } catch (SQLException e) {
            if (H2_FILE_IN_USE.equals(e.getSQLState())) {
                throw new IllegalStateException(
                        "the " + description + " is in use by another process; stop the other "
                                + "Journeyboard server or choose another --data directory",
                        e);
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
