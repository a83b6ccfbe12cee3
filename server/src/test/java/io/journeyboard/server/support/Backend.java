package io.journeyboard.server.support;

import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One database for one test (a fresh H2 file in a temp directory, or a fresh PostgreSQL database),
 * and the servers the test starts over it. Starting twice reuses the same data.
 */
public final class Backend implements AutoCloseable {

    private final String name;
    private final String jdbcUrl;
    private final ServerConfig base;
    private final Runnable cleanup;
    private final List<TestServer> started = new ArrayList<>();

    private Backend(String name, String jdbcUrl, ServerConfig base, Runnable cleanup) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.base = base;
        this.cleanup = cleanup;
    }

    public static Backend h2(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("journeyboard");
        return new Backend("H2", url, testDefaults().withDataDir(dataDir), () -> {});
    }

    public static Backend postgres() {
        Postgres.TestDatabase database = Postgres.newDatabase();
        return new Backend(
                "PostgreSQL", database.url(), testDefaults().withDbUrl(database.url()), () -> Postgres.drop(database));
    }

    private static ServerConfig testDefaults() {
        // bcrypt's lowest cost keeps sign-ups fast; the hashing code path is the production one.
        // The demo workspace is left out except where a test asks for it.
        return ServerConfig.defaults()
                .withPort(0)
                .withPasswordCost(4)
                .withDemoOnFirstStart(false)
                .withOpenSignUp(true);
    }

    /** Another fresh, empty database of the same kind (H2 in {@code dataDir}, or a new PostgreSQL database). */
    public Backend sameKind(Path dataDir) {
        return name.equals("H2") ? h2(dataDir) : postgres();
    }

    /** The settings the servers of this backend start with. */
    public ServerConfig config() {
        return base;
    }

    public String name() {
        return name;
    }

    /**
     * A JDBC URL of this test's database, for a test that must act beside the server (hold a lock, say).
     * The H2 database is open in this JVM while a server runs, so a connection to it joins that database.
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Starts a server on a random port over this test's database. */
    public TestServer start() {
        return start(UnaryOperator.identity());
    }

    public TestServer start(UnaryOperator<ServerConfig> adjust) {
        TestServer server = new TestServer(JourneyboardServer.start(adjust.apply(base)));
        started.add(server);
        return server;
    }

    /** Stops the servers, then drops the database (PostgreSQL) or leaves the temp directory to its owner (H2). */
    @Override
    public void close() {
        started.forEach(TestServer::close);
        cleanup.run();
    }

    @Override
    public String toString() {
        return name;
    }
}
