package io.journeyboard.web.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.WebApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapEditorTest {

    @TempDir
    static Path dataDir;
    static WebApp app;

    @BeforeAll
    static void start() {
        app = WebApp.start(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void signingInShowsTheDemoWorkspaceWithItsJourneysPersonasAndTemplates() {
        Page page = app.signedIn();

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buying walking boots online"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template E-commerce purchase"))).isVisible();
        assertThat(page.locator(".persona-tile").first()).isVisible();
        WebApp.screenshot(page, "home");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aJourneyStartedFromATemplateOpensInTheEditorWithItsLanes() {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template E-commerce purchase")).click();

        assertThat(page.locator(".map-grid")).isVisible();
        assertThat(page.locator(".stage-header").first()).isVisible();
        assertThat(page.locator(".lane-header")).not().hasCount(0);
        assertThat(page.locator(".emotion-point").first()).isVisible();
        assertThat(page.locator(".card-touchpoints .chip-channel svg").first()).isVisible();
        assertThat(page.url()).contains("/j/");
        WebApp.screenshot(page, "editor");
        WebApp.assertNoScriptErrors(page);
    }
}
