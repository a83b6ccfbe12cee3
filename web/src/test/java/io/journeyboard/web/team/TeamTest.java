package io.journeyboard.web.team;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.journeyboard.server.invitation.SmtpSettings;
import io.journeyboard.web.support.WebApp;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team in the browser, with a real SMTP server (GreenMail) started here: the owner invites by e-mail,
 * the invited person follows the e-mailed link and signs up; without the mail server the link is shown to
 * copy; roles change, members are removed and leave; a person switches between workspaces; the profile.
 */
class TeamTest {

    private static final Pattern LINK = Pattern.compile("http://\\S+#/invitation/jbi_[A-Za-z0-9_-]+");

    @TempDir
    static Path data;

    private static GreenMail smtp;
    private static WebApp app;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // open sign-up, so that the profile test's person signs up without an invitation
        app = WebApp.start(
                data,
                config -> config.withOpenSignUp(true)
                        .withSmtp(new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), "journeyboard@example.org")));
    }

    @AfterAll
    static void stop() {
        app.close();
        smtp.stop();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void anOwnerInvitesByEMailAndTheInvitedPersonJoinsThenRolesChangeAndPeopleLeave() throws Exception {
        Page owner = app.signedIn();
        owner.getByRole(AriaRole.LINK, named("Members")).click();
        owner.getByLabel("E-mail address").fill("ada@example.org");
        owner.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("commenter");
        owner.getByRole(AriaRole.BUTTON, named("Invite")).click();
        assertThat(owner.getByText("Invitation e-mailed to ada@example.org.")).isVisible();
        assertThat(owner.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Pending invitations")))
                .containsText("ada@example.org");
        WebApp.screenshot(owner, "members");

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]);
        Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as(body).isTrue();

        Page ada = app.newPage();
        ada.navigate(link.group());
        assertThat(ada.getByRole(AriaRole.HEADING, named("Join Demo workspace")))
                .isVisible();
        assertThat(ada.getByText("invited ada@example.org to this workspace as commenter"))
                .isVisible();
        ada.getByLabel("Your name").fill("Ada Lovelace");
        ada.getByLabel("Choose a password").fill("analytical engine");
        WebApp.screenshot(ada, "invitation");
        ada.getByRole(AriaRole.BUTTON, named("Create account and join")).click();
        assertThat(ada.getByRole(AriaRole.HEADING, named("Demo workspace"))).isVisible();

        owner.reload();
        assertThat(owner.getByLabel("Role of Ada Lovelace")).hasValue("commenter");
        owner.getByLabel("Role of Ada Lovelace").selectOption("editor");
        assertThat(owner.getByRole(AriaRole.STATUS)).containsText("Ada Lovelace is now editor.");
        owner.reload();
        assertThat(owner.getByLabel("Role of Ada Lovelace")).hasValue("editor");

        // the mail server is gone: the invitation is made all the same and its link shown to copy
        smtp.stop();
        owner.getByLabel("E-mail address").fill("bob@example.org");
        owner.getByRole(AriaRole.BUTTON, named("Invite")).click();
        assertThat(owner.getByText("could not be sent")).isVisible();
        String bobLink = owner.getByLabel("Invitation link").inputValue();
        Page bob = app.newPage();
        bob.navigate(bobLink);
        bob.getByLabel("Your name").fill("Bob Builder");
        bob.getByLabel("Choose a password").fill("can we fix it yes");
        bob.getByRole(AriaRole.BUTTON, named("Create account and join")).click();
        assertThat(bob.getByRole(AriaRole.HEADING, named("Demo workspace"))).isVisible();

        owner.reload();
        owner.getByRole(AriaRole.BUTTON, named("Remove Bob Builder")).click();
        owner.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
                .click();
        assertThat(owner.getByLabel("Role of Bob Builder")).hasCount(0);
        bob.reload();
        assertThat(bob.getByRole(AriaRole.ALERT)).containsText("could not be opened");
        bob.navigate(app.url("#/"));
        assertThat(bob.getByText("You are not in a workspace yet")).isVisible();

        // Ada starts a workspace of her own, switches between the two, then leaves the demo workspace
        ada.getByLabel("Workspace", new Page.GetByLabelOptions().setExact(true)).selectOption("New workspace…");
        ada.getByLabel("Workspace name").fill("Ada's research");
        ada.getByRole(AriaRole.BUTTON, named("Create workspace")).click();
        assertThat(ada.getByRole(AriaRole.HEADING, named("Ada's research"))).isVisible();
        ada.getByLabel("Workspace", new Page.GetByLabelOptions().setExact(true)).selectOption("Demo workspace");
        assertThat(ada.getByRole(AriaRole.HEADING, named("Demo workspace"))).isVisible();
        ada.getByRole(AriaRole.LINK, named("Members")).click();
        ada.getByRole(AriaRole.BUTTON, named("Leave workspace")).click();
        ada.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Leave"))
                .click();
        assertThat(ada.getByRole(AriaRole.HEADING, named("Ada's research"))).isVisible();
        assertThat(ada.getByLabel("Workspace", new Page.GetByLabelOptions().setExact(true))
                        .locator("option"))
                .not()
                .containsText(new String[] {"Demo workspace"});
        WebApp.assertNoScriptErrors(owner);
        WebApp.assertNoScriptErrors(ada);
    }

    @Test
    void theProfileChangesNameAndPasswordAndMakesListsAndRevokesApiTokens() {
        Page page = app.newPage();
        page.navigate(app.url("#/sign-up"));
        page.getByLabel("Your name").fill("Carol");
        page.getByLabel("E-mail").fill("carol@example.org");
        page.getByLabel("Password").fill("carol's first password");
        page.getByLabel("Workspace name").fill("Carol's maps");
        page.getByRole(AriaRole.BUTTON, named("Create account")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Carol's maps"))).isVisible();

        page.getByRole(AriaRole.LINK, named("Your profile (Carol)")).click();
        page.getByLabel("Name others see").fill("Carol Shaw");
        page.getByRole(AriaRole.BUTTON, named("Save name")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("Your profile (Carol Shaw)")))
                .isVisible();

        page.getByLabel("Current password").fill("not my password");
        page.getByLabel("New password").fill("carol's second password");
        page.getByRole(AriaRole.BUTTON, named("Change password")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("currentPassword: is not your current password");
        page.getByLabel("Current password").fill("carol's first password");
        page.getByRole(AriaRole.BUTTON, named("Change password")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Password changed.");

        page.getByLabel("Token name").fill("Nightly export");
        page.getByRole(AriaRole.BUTTON, named("Create token")).click();
        String token = page.getByLabel("New API token").inputValue();
        assertThat(token).startsWith("jbt_");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("API tokens")))
                .containsText("Nightly export");
        WebApp.screenshot(page, "profile");
        RequestOptions bearer = RequestOptions.create().setHeader("Authorization", "Bearer " + token);
        APIResponse withToken = page.request().get(app.url("api/v1/me"), bearer);
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.text()).contains("Carol Shaw");

        page.getByRole(AriaRole.BUTTON, named("Revoke token Nightly export")).click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke"))
                .click();
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("API tokens")))
                .containsText("No API tokens yet.");
        assertThat(page.request().get(app.url("api/v1/me"), bearer).status()).isEqualTo(401);

        page.getByRole(AriaRole.BUTTON, named("Sign out")).click();
        page.getByLabel("E-mail").fill("carol@example.org");
        page.getByLabel("Password").fill("carol's second password");
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Carol's maps"))).isVisible();
        WebApp.assertNoScriptErrors(page);
    }
}
