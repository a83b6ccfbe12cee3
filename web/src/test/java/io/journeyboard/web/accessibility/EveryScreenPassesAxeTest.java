package io.journeyboard.web.accessibility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.Axe;
import io.journeyboard.web.support.BrowserTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** axe-core finds nothing to report on any screen, in the states a person sees them in. */
class EveryScreenPassesAxeTest extends BrowserTest {

    @Test
    void signInAndHome() {
        Page page = app.newPage();
        page.navigate(app.url("#/sign-in"));
        assertThat(page.getByLabel("E-mail")).isVisible();
        Axe.assertNoViolations(page, "sign-in");
        page.getByLabel("E-mail").fill(app.demo().email());
        page.getByLabel("Password").fill("wrong password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).not().isEmpty();
        Axe.assertNoViolations(page, "sign-in refused");
        app.signIn(page);
        Axe.assertNoViolations(page, "workspace home");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New journey"))
                .click();
        Axe.assertNoViolations(page, "new journey dialog");
    }

    @Test
    void mapEditorWithACardSelectedAMenuAndTheSettingsDialog() {
        Page page = app.signedIn();
        page.navigate(journey("journey-saas-trial", ""));
        assertThat(page.locator(".map-grid")).isVisible();
        Axe.assertNoViolations(page, "map editor");
        page.locator(".card-pain_points").first().click();
        assertThat(page.locator(".inspector .comments")).isVisible();
        Axe.assertNoViolations(page, "map editor with a card selected");
        page.locator(".card-opportunity").first().click();
        Axe.assertNoViolations(page, "map editor with an opportunity selected");
        page.locator(".lane-header .header-menu").first().click();
        Axe.assertNoViolations(page, "lane menu");
        page.keyboard().press("Escape");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Journey settings").setExact(true))
                .click();
        Axe.assertNoViolations(page, "journey settings");
    }

    @Test
    void boardHistoryInsightsAnalyticsAndPersona() {
        Page page = app.signedIn();
        page.navigate(journey("journey-bank-loan", "/board"));
        assertThat(page.locator(".opportunity-row").first()).isVisible();
        Axe.assertNoViolations(page, "opportunity board");
        page.navigate(journey("journey-bank-loan", "/history"));
        assertThat(page.locator(".version-viewer .map-grid")).isVisible();
        Axe.assertNoViolations(page, "history");
        page.navigate(journey("journey-bank-loan", "/insights"));
        assertThat(page.getByLabel("Feedback file")).isVisible();
        Axe.assertNoViolations(page, "insights");
        page.navigate(journey("journey-bank-loan", "/analytics"));
        assertThat(page.locator("input[type=file]")).isVisible();
        Axe.assertNoViolations(page, "analytics");
        page.navigate(app.url("#/w/" + app.demo().workspaceId()));
        page.locator(".persona-tile").first().click();
        assertThat(page.locator(".persona-form")).isVisible();
        Axe.assertNoViolations(page, "persona");
    }

    @Test
    void evidenceLibraryEarlierAnalysesAndCurrentAndFuture() {
        Page page = app.signedIn();
        page.navigate(app.url("#/w/" + app.demo().workspaceId() + "/evidence"));
        assertThat(page.locator(".evidence-record").first()).isVisible();
        Axe.assertNoViolations(page, "evidence library");
        page.locator(".evidence-record a").first().click();
        page.locator(".evidence-history-section summary").click();
        assertThat(page.locator(".evidence-history li").first()).isVisible();
        Axe.assertNoViolations(page, "evidence record with its history");

        page.navigate(journey("journey-bank-loan", "/analytics"));
        page.getByLabel("Event log").setInputFiles(Path.of("../data/running-example.csv"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                .click();
        assertThat(page.locator(".run-list li.run").first()).containsText("running-example.csv");
        Axe.assertNoViolations(page, "analytics with its earlier analyses");
        page.navigate(journey("journey-bank-loan", "/insights"));
        assertThat(page.locator(".run-list")).isVisible();
        Axe.assertNoViolations(page, "insights with its earlier analyses");

        page.navigate(journey("journey-bank-loan", "/states"));
        assertThat(page.locator(".states-screen")).isVisible();
        Axe.assertNoViolations(page, "current and future");
    }

    @Test
    void homeTileMenuTrashSearchHitsAndTheWorkspaceBoard() {
        Page page = app.signedIn();
        assertThat(page.locator(".journey-tile .tile-thumb").first()).isVisible();
        page.locator(".tile-menu").first().click();
        Axe.assertNoViolations(page, "journey tile menu");
        page.keyboard().press("Escape");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Trash").setExact(true))
                .click();
        assertThat(page.locator("dialog.trash-dialog")).isVisible();
        Axe.assertNoViolations(page, "trash");
        page.keyboard().press("Escape");
        page.getByLabel("Search").fill("checkout");
        assertThat(page.locator(".search-hit").first()).isVisible();
        Axe.assertNoViolations(page, "home with search hits");
        page.navigate(app.url("#/w/" + app.demo().workspaceId() + "/board"));
        assertThat(page.locator(".board-table tbody tr").first()).isVisible();
        Axe.assertNoViolations(page, "workspace board");
    }
}
