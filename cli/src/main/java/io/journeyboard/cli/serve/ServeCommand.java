package io.journeyboard.cli.serve;

import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code journeyboard serve}: runs the server until Ctrl-C, then stops gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the Journeyboard server (REST API under /api/v1) and print the address to open.")
public final class ServeCommand implements Callable<Integer> {

    /** Names the PostgreSQL database when --db-url is not given. */
    public static final String DB_URL_VARIABLE = "JOURNEYBOARD_DB_URL";

    @Option(names = "--port", description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--data", paramLabel = "DIR", description = "Directory of the embedded database (default: ${DEFAULT-VALUE}).")
    Path data = ServerConfig.DEFAULT_DATA_DIR;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost/journeyboard?user=jb&password=...; "
                    + "default: $" + DB_URL_VARIABLE + ", else the embedded database in --data.")
    String dbUrl;

    @Option(names = "--max-request-mb", paramLabel = "MB",
            description = "Largest request body accepted, e.g. an uploaded event log or feedback file (default: ${DEFAULT-VALUE}).")
    int maxRequestMb = (int) (ServerConfig.defaults().maxRequestBytes() >> 20);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopRequested = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (maxRequestMb < 1 || maxRequestMb > 2048) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-request-mb must be between 1 and 2048, got " + maxRequestMb);
        }
        String url = dbUrl != null ? dbUrl : System.getenv(DB_URL_VARIABLE);
        ServerConfig config = ServerConfig.defaults().withPort(port).withDataDir(data).withDbUrl(url == null || url.isBlank() ? null : url)
                .withMaxRequestBytes((long) maxRequestMb << 20);
        JourneyboardServer server = JourneyboardServer.start(config);
        Thread hook = new Thread(() -> {
            server.stop();
            stopRequested.countDown();
        }, "journeyboard-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Journeyboard is running. Open " + server.address());
        server.demo().ifPresent(demo -> {
            out.println("First start: a demo workspace with " + demo.journeys() + " journeys was created.");
            out.println("Sign in as " + demo.email() + " with password " + demo.password() + " (shown only this once).");
        });
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopRequested.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException jvmExiting) {
            // Ctrl-C: the hook is running and stops the server itself
        }
        server.stop();
        return 0;
    }

    /** Stops a running serve as Ctrl-C would (for embedding and tests). */
    public void requestStop() {
        stopRequested.countDown();
    }
}
