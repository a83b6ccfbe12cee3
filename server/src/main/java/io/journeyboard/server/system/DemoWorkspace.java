package io.journeyboard.server.system;

import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import io.journeyboard.server.account.Passwords;
import io.journeyboard.server.account.SecretTokens;
import io.journeyboard.server.account.User;
import io.journeyboard.server.account.UserStore;
import io.journeyboard.server.dataset.DemoDataset;
import io.journeyboard.server.transfer.WorkspaceImport;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.journeyboard.server.workspace.WorkspaceStore;
import io.journeyboard.server.workspace.WorkspaceSummary;
import java.util.Optional;

/**
 * On the first start (no accounts yet) creates a demo user and a workspace holding every shipped
 * template, so that a new installation has something to open, and the BPI Challenge 2012 loan log as
 * an event dataset ({@link DemoDataset}, stored in the background) that the bank-loan journey is bound to. The password
 * is generated and
 * shown only in the answer of {@link #createIfFirstStart()}.
 */
public final class DemoWorkspace {

    public static final String EMAIL = "demo@journeyboard.local";

    /** The demo account just created. */
    public record DemoSignIn(String email, String password, String workspaceId, int journeys) {}

    private final UserStore users;
    private final Passwords passwords;
    private final WorkspaceStore workspaces;
    private final WorkspaceImport importer;
    private final Templates templates;
    private final DemoDataset dataset;

    public DemoWorkspace(
            UserStore users,
            Passwords passwords,
            WorkspaceStore workspaces,
            WorkspaceImport importer,
            Templates templates,
            DemoDataset dataset) {
        this.dataset = dataset;
        this.users = users;
        this.passwords = passwords;
        this.workspaces = workspaces;
        this.importer = importer;
        this.templates = templates;
    }

    /** Creates the demo when the database has no accounts; empty otherwise. */
    public Optional<DemoSignIn> createIfFirstStart() {
        if (!users.isEmpty()) {
            return Optional.empty();
        }
        String password = SecretTokens.generate("").substring(0, 16);
        Optional<User> created = users.create(EMAIL, "Demo", passwords.hash(password));
        if (created.isEmpty()) {
            return Optional.empty();
        }
        WorkspaceSummary workspace = workspaces.create(
                created.get(), "Demo workspace", "Journeys from the templates that ship with Journeyboard.");
        Access.Grant grant = new Access.Grant(workspace.id(), created.get(), Role.OWNER);
        int journeys = 0;
        for (Template template : templates.list()) {
            journeys += importer.apply(grant, templates.load(template), "template " + template.name())
                    .size();
        }
        dataset.seedInBackground(workspace.id(), created.get().id());
        return Optional.of(new DemoSignIn(EMAIL, password, workspace.id(), journeys));
    }
}
