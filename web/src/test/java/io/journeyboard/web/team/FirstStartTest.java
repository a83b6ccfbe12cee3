package io.journeyboard.web.team;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.WebApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh install, open sign-up off (the default): the first person signs up in the browser and owns the
 * workspace they name; after them sign-up is by invitation; the printed demo sign-in works all along.
 */
class FirstStartTest {

    @TempDir
    static Path data;

    private static WebApp app;

    @BeforeAll
    static void start() {
        app = WebApp.start(data);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theFirstAccountIsMadeInTheBrowserAndOwnsItsWorkspaceThenSignUpIsByInvitation() {
        Page page = app.newPage();
        page.navigate(app.url(""));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create the first account"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create the first account")))
                .isVisible();
        page.getByLabel("Your name").fill("Grace Hopper");
        page.getByLabel("E-mail").fill("grace@example.org");
        page.getByLabel("Password").fill("short");
        page.getByLabel("Workspace name").fill("Retail banking CX");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("password");
        WebApp.screenshot(page, "sign-up");

        page.getByLabel("Password").fill("a long enough password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Retail banking CX")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members"))
                .click();
        assertThat(page.getByLabel("Role of Grace Hopper")).hasValue("owner");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")))
                .isVisible();
        WebApp.assertNoScriptErrors(page);

        Page stranger = app.newPage();
        stranger.navigate(app.url("#/sign-in"));
        assertThat(stranger.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        assertThat(stranger.getByText("Create the first account")).hasCount(0);
        stranger.navigate(app.url("#/sign-up"));
        assertThat(stranger.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign-up is by invitation")))
                .isVisible();
        assertThat(stranger.getByLabel("Password")).hasCount(0);

        app.signIn(stranger);
        assertThat(stranger.getByLabel("Workspace")).containsText("Demo workspace");
    }
}
