package io.journeyboard.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
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
import io.journeyboard.server.backup.StoreBackup;
import io.journeyboard.server.binding.BindingSuggestionRoutes;
import io.journeyboard.server.board.OpportunityBoardRoutes;
import io.journeyboard.server.comment.CommentRoutes;
import io.journeyboard.server.comment.CommentStore;
import io.journeyboard.server.dataset.DatasetLogs;
import io.journeyboard.server.dataset.DatasetRoutes;
import io.journeyboard.server.dataset.DatasetStore;
import io.journeyboard.server.dataset.DemoDataset;
import io.journeyboard.server.evidence.EvidenceCitations;
import io.journeyboard.server.evidence.EvidenceEditor;
import io.journeyboard.server.evidence.EvidenceHistory;
import io.journeyboard.server.evidence.EvidenceItemStore;
import io.journeyboard.server.evidence.EvidenceLibraryRoutes;
import io.journeyboard.server.explore.ExploreLimits;
import io.journeyboard.server.explore.ExploreRoutes;
import io.journeyboard.server.explore.ExploredDatasets;
import io.journeyboard.server.explore.ExploredLogs;
import io.journeyboard.server.history.HistoryRoutes;
import io.journeyboard.server.history.HistoryStore;
import io.journeyboard.server.home.HomeRoutes;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ProblemResponses;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.http.SecurityHeaders;
import io.journeyboard.server.insight.InsightAcceptance;
import io.journeyboard.server.insight.InsightRoutes;
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
import io.journeyboard.server.system.SystemRoutes;
import io.journeyboard.server.transfer.TableImportRoutes;
import io.journeyboard.server.transfer.TransferRoutes;
import io.journeyboard.server.transfer.WorkspaceImport;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.EvidenceStore;
import io.journeyboard.server.workspace.PersonaStore;
import io.journeyboard.server.workspace.WorkspaceRoutes;
import io.journeyboard.server.workspace.WorkspaceStore;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The one place where a server's object graph is built by hand: the stores over the database, the checks
 * every request passes, then the routes, feature by feature. The stores and checks several features share
 * are fields; what one feature alone uses is made in its method.
 */
final class ServerWiring {

    /** What the server needs back from the wiring: the demo to make on a first start, and a part it must close. */
    record Wired(DemoWorkspace demoWorkspace, DemoDataset demoDataset) {}

    private final ServerConfig config;
    private final Database database;
    private final Javalin app;
    private final ObjectMapper mapper;
    private final ServerParts parts;
    private final Routes root;
    private final Routes api;

    private final Jdbi jdbi;
    private final Bodies bodies;
    private final Passwords passwords;
    private final UserStore users;
    private final SessionStore sessions;
    private final ApiTokenStore tokens;
    private final Authenticator auth;
    private final LoginRateLimiter limiter;
    private final WorkspaceStore workspaces;
    private final Access access;
    private final PersonaStore personas;
    private final JourneyStore journeys;
    private final EvidenceStore evidence;
    private final WorkspaceContent content;
    private final JourneyEditor editor;
    private final PersonaEditor personaEditor;
    private final WorkspaceImport importer;
    private final Templates templates = new Templates();
    private final CommentStore comments;
    private final RunStore runs;
    private final DatasetStore datasets;
    private final DatasetLogs datasetLogs;

    ServerWiring(
            ServerConfig config,
            Database database,
            Javalin app,
            ObjectMapper mapper,
            ServerParts parts,
            Routes root,
            Routes api) {
        this.config = config;
        this.database = database;
        this.app = app;
        this.mapper = mapper;
        this.parts = parts;
        this.root = root;
        this.api = api;
        this.jdbi = database.jdbi();
        this.bodies = new Bodies(mapper, config.maxRequestBytes());
        this.passwords = new Passwords(config.passwordCost());
        this.users = new UserStore(jdbi);
        this.sessions = new SessionStore(jdbi);
        this.tokens = new ApiTokenStore(jdbi);
        this.auth = new Authenticator(sessions, tokens);
        this.limiter = new LoginRateLimiter(config.loginFailures(), config.loginWindow(), Clock.systemUTC());
        this.workspaces = new WorkspaceStore(jdbi);
        this.access = new Access(auth, workspaces);
        this.personas = new PersonaStore(mapper);
        this.journeys = new JourneyStore(jdbi, mapper);
        this.evidence = new EvidenceStore(jdbi, mapper);
        this.content = new WorkspaceContent(workspaces, personas, evidence, journeys);
        this.editor =
                new JourneyEditor(journeys, new JourneyValidation(content, journeys), new ChangeSentences(mapper));
        this.personaEditor = new PersonaEditor(jdbi, personas, content);
        this.importer = new WorkspaceImport(evidence, personaEditor, journeys, editor);
        this.comments = new CommentStore(jdbi);
        this.runs = new RunStore(jdbi, mapper);
        this.datasets = new DatasetStore(jdbi);
        this.datasetLogs = new DatasetLogs(datasets);
    }

    /** Attaches every check and route to the app. */
    Wired wire() {
        everyRequest();
        system();
        SessionCookie sessionCookie = new SessionCookie(sessions, config.secureCookies());
        AccountRoutes accounts = accounts(sessionCookie);
        team(accounts, sessionCookie);
        journeys();
        sharing();
        transfer();
        DemoDataset demoDataset = data();
        evidenceAndInsights();
        homeAndBoard();
        return new Wired(
                new DemoWorkspace(users, passwords, workspaces, importer, templates, demoDataset), demoDataset);
    }

    private void everyRequest() {
        new ProblemResponses(mapper).install(app);
        new SecurityHeaders(JourneyboardServer.API).install(app);
        app.before(JourneyboardServer.API + "/*", parts.inFlight()::enter);
        app.before(JourneyboardServer.API + "/*", auth::identify);
        app.after(JourneyboardServer.API + "/*", parts.inFlight()::leave);
    }

    private void system() {
        new SystemRoutes(jdbi, parts.readiness(), parts.metrics()).register(root);
        new BackupRoutes(new StoreBackup(database, mapper, Clock.systemUTC()), parts.backupAccess()).register(root);
        parts.insightJobs().bindMetrics(parts.metrics().registry());
    }

    private AccountRoutes accounts(SessionCookie sessionCookie) {
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
        return accounts;
    }

    private void team(AccountRoutes accounts, SessionCookie sessionCookie) {
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
    }

    private void journeys() {
        new JourneyRoutes(journeys, editor, content, access, bodies).register(api);
        new JourneyPartRoutes(editor, content, access, bodies).register(api);
        new JourneyStateRoutes(journeys, content, access, mapper).register(api);
        new StepRoutes(editor, access, bodies).register(api);
        new EmotionRoutes(editor, access, bodies).register(api);
        new HistoryRoutes(new HistoryStore(jdbi, mapper), new JourneyDiff(mapper), editor, access, bodies)
                .register(api);
        new CommentRoutes(comments, content, access, bodies).register(api);
    }

    private void sharing() {
        ShareLinkStore shareLinks = new ShareLinkStore(jdbi);
        SharedLinkGate shareGate = new SharedLinkGate(shareLinks, journeys, passwords, limiter);
        new ShareRoutes(shareLinks, journeys, content, shareGate, passwords, access, bodies).register(api);
        new SharedComments(shareGate, comments, bodies).register(api);
    }

    private void transfer() {
        new TransferRoutes(templates, importer, journeys, content, auth, access, bodies).register(api);
        new TableImportRoutes(journeys, editor, content, access, bodies).register(api);
    }

    /** Event data: uploaded logs, stored datasets, the measured lane, bindings and the explorer. */
    private DemoDataset data() {
        new RunRoutes(runs, access, mapper).register(api);
        new AnalyticsRoutes(content, access, bodies, mapper, new MapRenderer(), runs).register(api);
        DemoDataset demoDataset = new DemoDataset(datasets, parts.datasetLoading(), config.datasetLimits());
        new DatasetRoutes(datasets, datasetLogs, parts.datasetLoading(), access, bodies, config.datasetLimits())
                .register(api);
        new LaneRoutes(content, datasets, datasetLogs, parts.datasetLoading(), access, mapper).register(api);
        new BindingSuggestionRoutes(content, datasets, datasetLogs, access).register(api);
        ExploreLimits exploreLimits = ExploreLimits.forHeap(Runtime.getRuntime().maxMemory());
        ExploredLogs explored = new ExploredLogs(exploreLimits, Clock.systemUTC());
        ExploredDatasets exploredDatasets =
                new ExploredDatasets(datasets, datasetLogs, parts.datasetLoading(), explored);
        new ExploreRoutes(explored, exploredDatasets, content, access, bodies, mapper).register(api);
        return demoDataset;
    }

    /** Filing journeys from the home (rename, copy, tags, archive, trash, search, thumbnails); the board. */
    private void homeAndBoard() {
        new HomeRoutes(jdbi, journeys, editor, content, personas, access, bodies).register(api);
        new OpportunityBoardRoutes(journeys, access, mapper).register(api);
    }

    private void evidenceAndInsights() {
        EvidenceItemStore evidenceItems = new EvidenceItemStore(jdbi);
        EvidenceCitations citations = new EvidenceCitations(journeys);
        EvidenceHistory evidenceHistory = new EvidenceHistory(jdbi, mapper);
        EvidenceEditor evidenceEditor = new EvidenceEditor(evidence, evidenceHistory, citations, personas);
        new EvidenceLibraryRoutes(
                        evidence, evidenceItems, citations, evidenceHistory, evidenceEditor, access, bodies, mapper)
                .register(api);
        InsightAcceptance acceptance = new InsightAcceptance(jdbi, content, evidence, evidenceItems, editor);
        new InsightRoutes(parts.embedder(), parts.insightJobs(), content, acceptance, access, bodies, mapper, runs)
                .register(api);
    }
}
