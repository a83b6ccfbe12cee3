package io.journeyboard.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.journeyboard.server.backup.LocalBackupAccess;
import io.journeyboard.server.dataset.DatasetLoading;
import io.journeyboard.server.dataset.DemoDataset;
import io.journeyboard.server.http.InFlightWrites;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.http.RequestLog;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.http.SlowClients;
import io.journeyboard.server.insight.InsightJobs;
import io.journeyboard.server.insight.SharedEmbedder;
import io.journeyboard.server.run.RunStore;
import io.journeyboard.server.store.Database;
import io.journeyboard.server.system.DemoWorkspace;
import io.journeyboard.server.system.Readiness;
import io.journeyboard.server.system.ServerMetrics;
import io.journeyboard.server.system.SystemRoutes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Journeyboard server: starts the HTTP side and the store, has {@link ServerWiring} build the routes,
 * and stops the parts in order. {@link #start(ServerConfig)} returns once it answers requests.
 */
public final class JourneyboardServer implements AutoCloseable {

    public static final String API = "/api/v1";
    private static final String WEB_FILES = "/io/journeyboard/web/app";
    private static final Logger LOG = LoggerFactory.getLogger(JourneyboardServer.class);

    private final ServerConfig config;
    private final Database database;
    private final Javalin app;
    private final InFlightWrites inFlight = new InFlightWrites();
    private final Readiness readiness = new Readiness();
    private final Optional<LocalBackupAccess> backupAccess;
    private final ServerMetrics metrics = new ServerMetrics();
    private final SharedEmbedder embedder = new SharedEmbedder();
    private final DatasetLoading datasetLoading = new DatasetLoading();
    private final DemoDataset demoDataset;
    private final InsightJobs insightJobs = new InsightJobs(embedder, Clock.systemUTC());
    private final List<Routes.Route> routes;
    private final Optional<DemoWorkspace.DemoSignIn> demo;
    private final int port;
    private final long migrationMillis;
    private boolean stopped;

    private JourneyboardServer(ServerConfig config) {
        this.config = config;
        this.backupAccess =
                config.dbUrl() == null ? Optional.of(new LocalBackupAccess(config.dataDir())) : Optional.empty();
        this.database = (config.dbUrl() == null ? Database.embedded(config.dataDir()) : Database.at(config.dbUrl()))
                .withMetrics(metrics.registry());
        // The schema is migrated while the HTTP side loads and starts; requests wait for it, and so does start().
        CompletableFuture<Long> migration = CompletableFuture.supplyAsync(() -> {
            long began = System.nanoTime();
            database.migrate();
            RunStore.markInterrupted(database.jdbi());
            return (System.nanoTime() - began) / 1_000_000;
        });
        Javalin created = null;
        try {
            ObjectMapper mapper = Json.mapper();
            created = Javalin.create(c -> {
                c.showJavalinBanner = false;
                c.http.maxRequestSize = config.maxRequestBytes();
                c.jsonMapper(new JavalinJackson(mapper, false));
                c.requestLogger.http(metrics::request);
                SlowClients.apply(c, config.connectionsPerAddress());
                // Jetty's own graceful stop lets the last answers reach their clients after the writes have drained.
                c.jetty.modifyServer(jetty -> {
                    jetty.setRequestLog(RequestLog::log);
                    jetty.setHandler(new StatisticsHandler());
                    jetty.setStopTimeout(config.shutdownGrace().toMillis());
                });
                if (JourneyboardServer.class.getResource(WEB_FILES) != null) {
                    c.staticFiles.add(files -> {
                        files.hostedPath = "/";
                        files.directory = WEB_FILES;
                        files.location = Location.CLASSPATH;
                    });
                }
            });
            this.app = created;
            app.before(ctx -> {
                if (!SystemRoutes.ANSWERED_WHILE_STARTING.contains(ctx.path())) {
                    migration.join();
                }
            });
            Routes root = new Routes(app, "");
            Routes api = new Routes(app, API);
            ServerParts parts =
                    new ServerParts(inFlight, readiness, backupAccess, metrics, embedder, datasetLoading, insightJobs);
            ServerWiring.Wired wired = new ServerWiring(config, database, app, mapper, parts, root, api).wire();
            this.demoDataset = wired.demoDataset();
            DemoWorkspace demoWorkspace = wired.demoWorkspace();
            this.routes = Stream.concat(root.all().stream(), api.all().stream()).toList();
            startListening(app, config.host(), config.port());
            this.port = app.port();
            this.migrationMillis = awaitMigration(migration);
            backupAccess.ifPresent(access -> access.publish("http://127.0.0.1:" + port + "/", mapper));
            this.demo = config.demoOnFirstStart() ? demoWorkspace.createIfFirstStart() : Optional.empty();
            readiness.ready();
        } catch (RuntimeException e) {
            if (created != null) {
                try {
                    created.stop();
                } catch (RuntimeException alsoFailed) {
                    // a server that failed to start fails to stop too; the first failure says why
                    e.addSuppressed(alsoFailed);
                }
            }
            database.close();
            metrics.close();
            throw e;
        }
    }

    /**
     * Starts the HTTP side. Javalin reports a taken port only as "STOPPED" (in a checked exception it
     * throws undeclared) and logs stack traces on the way, so the port is checked first, and again
     * after any failure in case it was taken in between.
     */
    private static void startListening(Javalin app, String host, int port) {
        if (port != 0 && !canBind(host, port)) {
            throw portInUse(port, null);
        }
        try {
            app.start(host, port);
        } catch (Exception e) {
            if (port != 0 && !canBind(host, port)) {
                throw portInUse(port, e);
            }
            throw e instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("the HTTP server did not start: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException portInUse(int port, Exception cause) {
        return new IllegalStateException(
                "port " + port + " is already in use: stop the program listening there (perhaps "
                        + "another Journeyboard server), or start with --port N (0 picks a free port)",
                cause);
    }

    private static boolean canBind(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long awaitMigration(CompletableFuture<Long> migration) {
        try {
            return migration.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Starts a server and returns once it accepts requests; the database is migrated first. */
    public static JourneyboardServer start(ServerConfig config) {
        long started = System.nanoTime();
        JourneyboardServer server = new JourneyboardServer(config);
        LOG.info(
                "event=started address={} store=\"{}\" ms={} migration_ms={}",
                server.address(),
                server.database.description(),
                (System.nanoTime() - started) / 1_000_000,
                server.migrationMillis);
        return server;
    }

    public int port() {
        return port;
    }

    /** The address to open in a browser (on this machine when the server listens on every interface). */
    public String address() {
        String host = config.host();
        boolean everyInterface = host.equals("0.0.0.0") || host.equals("::") || host.equals(ServerConfig.LOOPBACK);
        return "http://" + (everyInterface ? "localhost" : host.contains(":") ? "[" + host + "]" : host) + ":" + port()
                + "/";
    }

    /** The demo sign-in, present only when this start created it (an empty database). */
    public Optional<DemoWorkspace.DemoSignIn> demo() {
        return demo;
    }

    /** How many writes are being served right now (what a stop would wait for). */
    public int writesInFlight() {
        return inFlight.running();
    }

    /** Every route served (static web files aside), for checking the OpenAPI document. */
    public List<Routes.Route> routes() {
        return routes;
    }

    /**
     * Stops gracefully: new writes are refused with 503, writes in flight get up to the configured
     * grace period to finish, then the HTTP server and the database close.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        readiness.stopping();
        try {
            if (!inFlight.drain(config.shutdownGrace())) {
                LOG.warn("event=stopping note=\"writes still running after {}\"", config.shutdownGrace());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // ends the streams of progress events, which would otherwise hold the HTTP server open
        insightJobs.close();
        demoDataset.close();
        app.stop();
        backupAccess.ifPresent(LocalBackupAccess::withdraw);
        embedder.close();
        database.close();
        metrics.close();
        LOG.info("event=stopped address={}", address());
    }

    @Override
    public void close() {
        stop();
    }
}
