package io.journeyboard.web.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.card;
import static io.journeyboard.web.support.MapPage.waitUntilSaved;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoardAndHistoryTest extends BrowserTest {

    @Test
    void theBoardRanksOpportunitiesByScoreWithTheirPainPointsAndPlacesThemOnTheMatrix() {
        Page page = app.signedIn();
        page.navigate(journey("journey-ecommerce-purchase", "/board"));

        Locator rows = page.locator(".opportunity-row");
        assertThat(rows).hasCount(4);
        assertThat(rows.first()).containsText("Guest checkout first on mobile");
        assertThat(rows.first().locator(".score")).containsText("2.50");
        assertThat(rows.first().locator(".pain-chip")).containsText("Account creation forced before payment");
        assertThat(page.locator(".matrix-dot")).hasCount(4);

        page.getByLabel("Rank by").selectOption("rice");
        assertThat(rows.first().locator(".score-label")).hasText("RICE");
        page.getByLabel("Rank by").selectOption("valueEffort");
        page.locator(".matrix-dot").first().click();
        assertThat(rows.first()).hasClass(Pattern.compile("selected"));
        WebApp.screenshot(page, "board");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void historyListsVersionsShowsAnOldOneAndRestoresIt() {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template Bank loan application"))
                .click();
        Locator first = page.locator("[data-card-id]").first();
        String original = first.locator(".card-text").textContent();
        first.dblclick();
        page.getByLabel("Card text").fill("A newer wording we will undo by restoring");
        page.keyboard().press("Enter");
        waitUntilSaved(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History"))
                .click();
        Locator versions = page.locator(".version-entry");
        assertThat(versions).hasCount(2);
        assertThat(page.locator(".version-viewer h2")).hasText("Version 2 (current)");
        versions.last().click();
        assertThat(page.locator(".version-viewer h2")).hasText("Version 1");
        assertThat(page.locator(".version-map")).containsText(original);
        WebApp.screenshot(page, "history");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore this version"))
                .click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore"))
                .click();
        assertThat(versions).hasCount(3);
        assertThat(page.locator(".version-viewer h2")).hasText("Version 3 (current)");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map"))
                .click();
        assertThat(card(page, original)).isVisible();
        assertThat(card(page, "A newer wording we will undo by restoring")).hasCount(0);
        WebApp.assertNoScriptErrors(page);
    }
}
