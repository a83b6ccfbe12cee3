package io.journeyboard.web.history;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.waitUntilSaved;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.journeyboard.web.support.Axe;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Versions read as sentences, autosaves grouped, a version named, two versions compared on the map. */
class HistoryScreenTest extends BrowserTest {

    @Test
    void versionsReadAsSentencesAreGroupedNamedAndComparedWithTheChangesMarkedOnTheMap() {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template Bank loan application"))
                .click();
        assertThat(page.locator(".map-grid")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add lane"))
                .click();
        page.getByLabel("Kind").selectOption("moments_of_truth");
        page.getByLabel("Title").fill("Moments that matter");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Add lane").setExact(true))
                .last()
                .click();
        waitUntilSaved(page);
        Locator first = page.locator(".card-pain_points").first();
        first.dblclick();
        page.getByLabel("Card text").fill("Delivery fee shown only at the last step");
        page.keyboard().press("Enter");
        waitUntilSaved(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History"))
                .click();
        Locator group = page.locator(".version-group");
        assertThat(group).hasCount(1);
        assertThat(group.locator("summary")).containsText("3 saves by");
        assertThat(page.locator(".version-entry[data-version='2']")).containsText("added lane 'Moments that matter'");
        assertThat(page.locator(".version-entry[data-version='3']"))
                .containsText(Pattern.compile("changed card '.+' to 'Delivery fee shown only at the last step'"));

        page.locator(".version-entry[data-version='1']").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Name this version…"))
                .click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("before workshop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name"))
                .click();
        assertThat(page.locator(".version-entry[data-version='1'] .version-name"))
                .hasText("before workshop");
        assertThat(page.locator(".version-group")).hasCount(1);
        assertThat(page.locator(".version-group .version-entry")).hasCount(2);

        page.reload();
        assertThat(page.locator(".version-changes")).containsText("from version 2 to 3");
        page.getByLabel("Compare with").selectOption(new SelectOption().setValue("1"));
        Locator changes = page.locator(".version-changes");
        assertThat(changes).containsText("from version 1 to 3");
        assertThat(changes).containsText("added lane “Moments that matter”");
        assertThat(page.locator(".version-map .card.marked-changed"))
                .containsText("Delivery fee shown only at the last step");
        assertThat(page.locator(".version-map .lane-header[aria-label='Lane Moments that matter'] .change-badge"))
                .hasText("Added");
        WebApp.screenshot(page, "history");
        Axe.assertNoViolations(page, "history comparing two versions");
        WebApp.assertNoScriptErrors(page);
    }
}
