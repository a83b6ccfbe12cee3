package io.journeyboard.cli.serve;

import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import io.journeyboard.server.invitation.SmtpSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code journeyboard serve}: runs the server until Ctrl-C, then stops gracefully. Every option can
 * also come from the environment or a settings file ({@link ServeSettings}).
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the Journeyboard server (REST API under /api/v1) and print the address to open.",
            "Every option can also be set as an environment variable (--max-request-mb as "
                    + "JOURNEYBOARD_MAX_REQUEST_MB) or in a settings file of 'name = value' lines "
                    + "(max-request-mb = 8); the command line wins, then the environment, then the file."
        })
public final class ServeCommand implements Callable<Integer> {

    /** Names the PostgreSQL database when --db-url is not given. */
    public static final String DB_URL_VARIABLE = "JOURNEYBOARD_DB_URL";

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A settings file of 'name = value' lines, names as the long options without -- "
                    + "(default: $JOURNEYBOARD_CONFIG, else none).")
    Path settingsFile;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 listens on "
                    + "every interface, for a server that others reach, best through a TLS proxy.")
    String host = ServerConfig.LOOPBACK;

    @Option(
            names = "--secure-cookies",
            description = "Mark the session cookie Secure: set it when clients reach the server over HTTPS "
                    + "(a TLS proxy in front).")
    boolean secureCookies;

    @Option(names = "--port", description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Directory of the embedded database (default: ${DEFAULT-VALUE}).")
    Path data = ServerConfig.DEFAULT_DATA_DIR;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC_URL",
            description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost/journeyboard?user=jb&password=...; "
                    + "default: the embedded database in --data.")
    String dbUrl;

    @Option(
            names = "--max-request-mb",
            paramLabel = "MB",
            description =
                    "Largest request body accepted, e.g. an uploaded event log or feedback file (default: ${DEFAULT-VALUE}).")
    int maxRequestMb = (int) (ServerConfig.defaults().maxRequestBytes() >> 20);

    @Option(
            names = "--max-connections-per-address",
            paramLabel = "N",
            description = "Open connections one client address may hold (default: ${DEFAULT-VALUE}; 0 for no limit, "
                    + "behind a reverse proxy that limits each client itself).")
    int maxConnectionsPerAddress = ServerConfig.DEFAULT_CONNECTIONS_PER_ADDRESS;

    @Option(
            names = "--open-sign-up",
            description = "Let anyone who reaches the server create an account (default: off; then only the first "
                    + "account on a fresh install, and people invited by a workspace owner, may sign up).")
    boolean openSignUp;

    @Option(
            names = "--smtp-host",
            paramLabel = "HOST",
            description = "SMTP server through which invitations are e-mailed (default: none; the invitation link "
                    + "is then shown to the owner to copy).")
    String smtpHost;

    @Option(
            names = "--smtp-port",
            paramLabel = "N",
            description = "Port of the SMTP server (default: ${DEFAULT-VALUE}).")
    int smtpPort = 25;

    @Option(
            names = "--smtp-from",
            paramLabel = "ADDRESS",
            description = "Sender address of invitation e-mails (default: ${DEFAULT-VALUE}).")
    String smtpFrom = "journeyboard@localhost";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Map<String, String> environment;

    public ServeCommand() {
        this(System.getenv());
    }

    /** A serve that reads its settings from the given environment instead of the process's. */
    public ServeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Where options missing from the command line come from: the environment, then the settings file. */
    public CommandLine.IDefaultValueProvider settings() {
        return new ServeSettings(environment, () -> settingsFile);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (maxRequestMb < 1 || maxRequestMb > 2048) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--max-request-mb must be between 1 and 2048, got " + maxRequestMb);
        }
        if (maxConnectionsPerAddress < 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--max-connections-per-address must be 0 (no limit) or more, got " + maxConnectionsPerAddress);
        }
        ServerConfig config = ServerConfig.defaults()
                .withHost(host)
                .withSecureCookies(secureCookies)
                .withOpenSignUp(openSignUp)
                .withSmtp(smtp())
                .withConnectionsPerAddress(maxConnectionsPerAddress)
                .withPort(port)
                .withDataDir(data)
                .withDbUrl(dbUrl == null || dbUrl.isBlank() ? null : dbUrl)
                .withMaxRequestBytes((long) maxRequestMb << 20);
        JourneyboardServer server = JourneyboardServer.start(config);
        Thread hook = new Thread(
                () -> {
                    server.stop();
                    stopRequested.countDown();
                },
                "journeyboard-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Journeyboard is running. Open " + server.address());
        server.demo().ifPresent(demo -> {
            out.println("First start: a demo workspace with " + demo.journeys() + " journeys was created.");
            out.println(
                    "Sign in as " + demo.email() + " with password " + demo.password() + " (shown only this once).");
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

    private SmtpSettings smtp() {
        if (smtpHost == null || smtpHost.isBlank()) {
            return null;
        }
        try {
            return new SmtpSettings(smtpHost.strip(), smtpPort, smtpFrom);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--smtp-*: " + e.getMessage());
        }
    }

    /** Stops a running serve as Ctrl-C would (for embedding and tests). */
    public void requestStop() {
        stopRequested.countDown();
    }
}
