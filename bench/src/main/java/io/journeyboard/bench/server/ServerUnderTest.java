package io.journeyboard.bench.server;

import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A Journeyboard server in this JVM over a fresh store: the embedded H2 database in a temporary
 * directory, or an embedded PostgreSQL (from Maven Central) started for the run. Production settings,
 * except a body limit large enough for the biggest import measured.
 */
final class ServerUnderTest implements AutoCloseable {

    private final String store;
    private final JourneyboardServer server;
    private final Path dataDir;
    private final EmbeddedPostgres postgres;

    private ServerUnderTest(String store, JourneyboardServer server, Path dataDir, EmbeddedPostgres postgres) {
        this.store = store;
        this.server = server;
        this.dataDir = dataDir;
        this.postgres = postgres;
    }

    /** {@code store} is {@code h2} or {@code postgresql}. */
    static ServerUnderTest start(String store) throws IOException {
        ServerConfig config =
                ServerConfig.defaults().withPort(0).withDemoOnFirstStart(false).withMaxRequestBytes(512L << 20);
        Path dataDir = Files.createTempDirectory("journeyboard-bench-");
        EmbeddedPostgres postgres = null;
        if (store.equals("postgresql")) {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("pg"))
                    .setCleanDataDirectory(true)
                    .start();
            config = config.withDbUrl(postgres.getJdbcUrl("postgres", "postgres"));
        } else if (store.equals("h2")) {
            config = config.withDataDir(dataDir);
        } else {
            throw new IllegalArgumentException("the store is h2 or postgresql, not " + store);
        }
        return new ServerUnderTest(store, JourneyboardServer.start(config), dataDir, postgres);
    }

    String store() {
        return store;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() throws IOException {
        server.stop();
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException e) {
            System.err.println("could not remove " + dataDir + ": " + e.getMessage());
        }
    }
}
