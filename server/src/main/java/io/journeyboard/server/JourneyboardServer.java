package io.journeyboard.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.journeyboard.model.template.Templates;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.server.account.AccountRoutes;
import io.journeyboard.server.account.ApiTokenStore;
import io.journeyboard.server.account.Authenticator;
import io.journeyboard.server.account.LoginRateLimiter;
import io.journeyboard.server.account.Passwords;
import io.journeyboard.server.account.ProfileRoutes;
import io.journeyboard.server.account.SessionCookie;
import io.journeyboard.server.account.SessionStore;
import io.journeyboard.server.account.SignUpPolicy;
import io.journeyboard.server.account.UserStore;
import io.journeyboard.server.analytics.AnalyticsRoutes;
import io.journeyboard.server.backup.BackupRoutes;
import io.journeyboard.server.backup.LocalBackupAccess;
import io.journeyboard.server.backup.StoreBackup;
import io.journeyboard.server.binding.BindingSuggestionRoutes;
import io.journeyboard.server.board.OpportunityBoardRoutes;
import io.journeyboard.server.comment.CommentRoutes;
import io.journeyboard.server.comment.CommentStore;
import io.journeyboard.server.dataset.DatasetLoading;
import io.journeyboard.server.dataset.DatasetLogs;
import io.journeyboard.server.dataset.DatasetRoutes;
import io.journeyboard.server.dataset.DatasetStore;
import io.journeyboard.server.dataset.DemoDataset;
import io.journeyboard.server.evidence.EvidenceCitations;
import io.journeyboard.server.evidence.EvidenceItemStore;
import io.journeyboard.server.evidence.EvidenceLibraryRoutes;
import io.journeyboard.server.explore.ExploreLimits;
import io.journeyboard.server.explore.ExploreRoutes;
import io.journeyboard.server.explore.ExploredLogs;
import io.journeyboard.server.history.HistoryRoutes;
import io.journeyboard.server.history.HistoryStore;
import io.journeyboard.server.home.HomeRoutes;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.InFlightWrites;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.http.ProblemResponses;
import io.journeyboard.server.http.RequestLog;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.http.SecurityHeaders;
import io.journeyboard.server.http.SlowClients;
import io.journeyboard.server.insight.InsightAcceptance;
import io.journeyboard.server.insight.InsightJobs;
import io.journeyboard.server.insight.InsightRoutes;
import io.journeyboard.server.insight.SharedEmbedder;
import io.journeyboard.server.invitation.InvitationMailer;
import io.journeyboard.server.invitation.InvitationRoutes;
import io.journeyboard.server.invitation.InvitationStore;
import io.journeyboard.server.journey.ChangeSentences;
import io.journeyboard.server.journey.EmotionRoutes;
import io.journeyboard.server.journey.JourneyDiff;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.JourneyPartRoutes;
import io.journeyboard.server.journey.JourneyRoutes;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.JourneyValidation;
import io.journeyboard.server.journey.StepRoutes;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.measure.LaneRoutes;
import io.journeyboard.server.persona.PersonaEditor;
import io.journeyboard.server.persona.PersonaRoutes;
import io.journeyboard.server.run.RunRoutes;
import io.journeyboard.server.run.RunStore;
import io.journeyboard.server.share.ShareLinkStore;
import io.journeyboard.server.share.ShareRoutes;
import io.journeyboard.server.share.SharedComments;
import io.journeyboard.server.share.SharedLinkGate;
import io.journeyboard.server.states.JourneyStateRoutes;
import io.journeyboard.server.store.Database;
import io.journeyboard.server.system.DemoWorkspace;
import io.journeyboard.server.system.Readiness;
import io.journeyboard.server.system.ServerMetrics;
import io.journeyboard.server.system.SystemRoutes;
import io.journeyboard.server.transfer.TableImportRoutes;
import io.journeyboard.server.transfer.TransferRoutes;
import io.journeyboard.server.transfer.WorkspaceImport;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.EvidenceStore;
import io.journeyboard.server.workspace.PersonaStore;
import io.journeyboard.server.workspace.WorkspaceRoutes;
import io.journeyboard.server.workspace.WorkspaceStore;
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
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Journeyboard server: the one place where the object graph is built by hand, from the store
 * up to the routes. {@link #start(ServerConfig)} returns once it answers requests.
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
    private DemoDataset demoDataset;
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
            DemoWorkspace demoWorkspace = wire(mapper, root, api);
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

    /**
     * Builds every store, check and route and attaches them to the app; answers what makes the demo on a first start.
     */
    private DemoWorkspace wire(ObjectMapper mapper, Routes root, Routes api) {
        Jdbi jdbi = database.jdbi();
        Bodies bodies = new Bodies(mapper, config.maxRequestBytes());
        Passwords passwords = new Passwords(config.passwordCost());
        UserStore users = new UserStore(jdbi);
        SessionStore sessions = new SessionStore(jdbi);
        ApiTokenStore tokens = new ApiTokenStore(jdbi);
        Authenticator auth = new Authenticator(sessions, tokens);
        LoginRateLimiter limiter =
                new LoginRateLimiter(config.loginFailures(), config.loginWindow(), Clock.systemUTC());
        WorkspaceStore workspaces = new WorkspaceStore(jdbi);
        Access access = new Access(auth, workspaces);
        PersonaStore personas = new PersonaStore(mapper);
        JourneyStore journeys = new JourneyStore(jdbi, mapper);
        JourneyDiff diff = new JourneyDiff(mapper);
        EvidenceStore evidence = new EvidenceStore(jdbi, mapper);
        WorkspaceContent content = new WorkspaceContent(workspaces, personas, evidence, journeys);
        JourneyEditor editor =
                new JourneyEditor(journeys, new JourneyValidation(content, journeys), new ChangeSentences(mapper));
        PersonaEditor personaEditor = new PersonaEditor(jdbi, personas, content);
        WorkspaceImport importer = new WorkspaceImport(evidence, personaEditor, journeys, editor);
        Templates templates = new Templates();

        new ProblemResponses(mapper).install(app);
        new SecurityHeaders(API).install(app);
        app.before(API + "/*", inFlight::enter);
        app.before(API + "/*", auth::identify);
        app.after(API + "/*", inFlight::leave);
        new SystemRoutes(jdbi, readiness, metrics).register(root);
        new BackupRoutes(new StoreBackup(database, mapper, Clock.systemUTC()), backupAccess).register(root);
        insightJobs.bindMetrics(metrics.registry());
        SessionCookie sessionCookie = new SessionCookie(sessions, config.secureCookies());
        AccountRoutes accounts = new AccountRoutes(
                users,
                passwords,
                sessionCookie,
                new SignUpPolicy(users, config.openSignUp(), DemoWorkspace.EMAIL),
                auth,
                limiter,
                bodies);
        accounts.register(api);
        new ProfileRoutes(users, passwords, sessions, tokens, auth, limiter, bodies).register(api);
        new WorkspaceRoutes(workspaces, evidence, users, auth, access, bodies).register(api);
        new InvitationRoutes(
                        new InvitationStore(jdbi),
                        Optional.ofNullable(config.smtp()).map(InvitationMailer::new),
                        workspaces,
                        users,
                        accounts,
                        sessionCookie,
                        auth,
                        access,
                        bodies)
                .register(api);
        new PersonaRoutes(jdbi, personas, personaEditor, access, bodies).register(api);
        new JourneyRoutes(journeys, editor, content, access, bodies).register(api);
        new JourneyPartRoutes(editor, content, access, bodies).register(api);
        new JourneyStateRoutes(journeys, content, access, mapper).register(api);
        new StepRoutes(editor, access, bodies).register(api);
        new EmotionRoutes(editor, access, bodies).register(api);
        new HistoryRoutes(new HistoryStore(jdbi, mapper), diff, editor, access, bodies).register(api);
        CommentStore commentStore = new CommentStore(jdbi);
        new CommentRoutes(commentStore, content, access, bodies).register(api);
        ShareLinkStore shareLinks = new ShareLinkStore(jdbi);
        SharedLinkGate shareGate = new SharedLinkGate(shareLinks, journeys, passwords, limiter);
        new ShareRoutes(shareLinks, journeys, content, shareGate, passwords, access, bodies).register(api);
        new SharedComments(shareGate, commentStore, bodies).register(api);
        new TransferRoutes(templates, importer, journeys, content, auth, access, bodies).register(api);
        new TableImportRoutes(journeys, editor, content, access, bodies).register(api);
        RunStore runs = new RunStore(jdbi, mapper);
        new RunRoutes(runs, access, mapper).register(api);
        new AnalyticsRoutes(content, access, bodies, mapper, new MapRenderer(), runs).register(api);
        DatasetStore datasets = new DatasetStore(jdbi);
        DatasetLogs datasetLogs = new DatasetLogs(datasets);
        demoDataset = new DemoDataset(datasets, datasetLoading, config.datasetLimits());
        new DatasetRoutes(datasets, datasetLogs, datasetLoading, access, bodies, config.datasetLimits()).register(api);
        new LaneRoutes(content, datasets, datasetLogs, datasetLoading, access, mapper).register(api);
        new BindingSuggestionRoutes(content, datasets, datasetLogs, access).register(api);
        ExploreLimits exploreLimits = ExploreLimits.forHeap(Runtime.getRuntime().maxMemory());
        new ExploreRoutes(new ExploredLogs(exploreLimits, Clock.systemUTC()), content, access, bodies, mapper)
                .register(api);
        EvidenceItemStore evidenceItems = new EvidenceItemStore(jdbi);
        new EvidenceLibraryRoutes(evidence, evidenceItems, new EvidenceCitations(journeys), access, bodies, mapper)
                .register(api);
        InsightAcceptance acceptance = new InsightAcceptance(jdbi, content, evidence, evidenceItems, editor);
        new InsightRoutes(embedder, insightJobs, content, acceptance, access, bodies, mapper, runs).register(api);
        new HomeRoutes(jdbi, journeys, editor, content, personas, access, bodies).register(api);
        new OpportunityBoardRoutes(journeys, access, mapper).register(api);
        return new DemoWorkspace(users, passwords, workspaces, importer, templates, demoDataset);
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
