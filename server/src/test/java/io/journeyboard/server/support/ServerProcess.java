package io.journeyboard.server.support;

import io.journeyboard.server.ServerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StandaloneServer} run as a separate JVM on this test's classpath, so that it can be killed
 * the hard way ({@code kill -9}: no shutdown hook, no clean close of the database).
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a server over {@code backend}'s database (its H2 directory or PostgreSQL database), logging to {@code
     * log}.
     */
    public static ServerProcess start(Backend backend, Path log) {
        ServerConfig config = backend.config();
        return start(config.dbUrl() != null ? config.dbUrl() : config.dataDir().toString(), log);
    }

    /** Starts a server over the H2 data directory {@code data}, logging to {@code log}. */
    public static ServerProcess start(Path data, Path log) {
        return start(data.toString(), log);
    }

    private static ServerProcess start(String store, Path log) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StandaloneServer.class.getName(),
                        store))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Process process = builder.start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("port=")) {
                process.destroyForcibly();
                throw new IllegalStateException("the server process did not start; its log is in " + log);
            }
            return new ServerProcess(process, Integer.parseInt(line.substring("port=".length())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java, e);
        }
    }

    /** Someone without an account, calling this process over HTTP. */
    public Caller anonymous() {
        return new Caller(client, "http://localhost:" + port, List.of(), 0);
    }

    /** The same as {@code kill -9}: the process gets no chance to write anything more. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed server process " + process.pid() + " did not end");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
