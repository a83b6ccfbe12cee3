package io.journeyboard.web.states;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.Axe;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.MapPage;
import io.journeyboard.web.support.WebApp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentAndFutureTest extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void aFutureStateIsStartedAndShownBesideTheCurrentOneStageByStage() {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template SaaS trial to paid"))
                .click();
        assertThat(page.locator(".map-scroll")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Current & future"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the future state as a copy"))
                .click();

        Locator compare = page.locator(".state-compare");
        assertThat(compare).isVisible();
        assertThat(compare.locator(".state-head")).containsText("Current state:");
        assertThat(compare.locator(".state-head")).containsText("(future state)");
        Locator rows = compare.locator(".state-row:not(.state-head)");
        assertThat(rows.first().locator(".state-cell")).hasCount(2);
        assertThat(compare.locator(".state-unmatched")).hasCount(0);

        // a card added to the future map is marked new beside the current one, from the future map's tab too
        compare.locator(".state-head a").nth(1).click();
        assertThat(page.locator(".map-scroll")).isVisible();
        MapPage.addCard(page, "lane-actions", "step-compare-tools", "Compares tools in a guided tour");
        MapPage.waitUntilSaved(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Current & future"))
                .click();
        Locator added = page.locator(".state-compare li.state-new");
        assertThat(added).hasCount(1);
        assertThat(added).containsText("Compares tools in a guided tour");
        assertThat(added.locator(".state-tag")).hasText("new");
        WebApp.screenshot(page, "current-and-future");
        Axe.assertNoViolations(page, "current and future side by side");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void anAnalyticsRunIsListedAndOpenedAgainAfterThePageIsLeft() throws Exception {
        Page page = app.signedIn();
        page.navigate(journey("journey-support-incident", "/analytics"));
        Path log = Files.writeString(
                dir.resolve("tickets.csv"),
                "case,activity,time\nt1,Ticket opened,2026-01-01T10:00:00Z\nt1,Resolved,2026-01-01T12:00:00Z\n"
                        + "t2,Ticket opened,2026-01-02T10:00:00Z\n");
        page.getByLabel("Event log").setInputFiles(log);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                .click();
        assertThat(page.locator(".analytics-summary")).containsText("2 cases");
        assertThat(page.locator(".run-list")).containsText("tickets.csv");

        page.navigate(journey("journey-support-incident", ""));
        assertThat(page.locator(".map-scroll")).isVisible();
        page.navigate(journey("journey-support-incident", "/analytics"));
        Locator run = page.locator(".run-list li").filter(new Locator.FilterOptions().setHasText("tickets.csv"));
        assertThat(run.first()).containsText("2 cases");
        run.first().getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".analytics-summary")).containsText("3 events");
        assertThat(page.locator(".analytics-picture")).isVisible();
        WebApp.screenshot(page, "analytics-kept-runs");
        Axe.assertNoViolations(page, "analytics with kept runs");
        WebApp.assertNoScriptErrors(page);
    }
}
