package io.journeyboard.web.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Managing journeys from their tiles on the home screen; each test works on journeys it makes itself. */
class HomeManagementTest extends BrowserTest {

    private static Locator tile(Page page, String name) {
        return page.locator(".journey-tile")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName(name).setExact(true))));
    }

    private static void menu(Page page, String journey, String item) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Actions for " + journey)
                                .setExact(true))
                .click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item))
                .click();
    }

    private static void answer(Page page, String text, String button) {
        page.locator("dialog input[name=value]").fill(text);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }

    @Test
    void aJourneyIsRenamedAndItsDuplicatesAreNamedCopyAndCopy2() {
        Page page = app.signedIn();
        HomeJourneys.create(page, app, "Renewing a library card", "Finds the renewal page");
        page.reload();

        menu(page, "Renewing a library card", "Rename…");
        answer(page, "Renewing a library card online", "Rename");
        assertThat(tile(page, "Renewing a library card online")).hasCount(1);
        menu(page, "Renewing a library card online", "Duplicate");
        assertThat(tile(page, "Renewing a library card online (copy)")).hasCount(1);
        menu(page, "Renewing a library card online", "Duplicate");

        assertThat(tile(page, "Renewing a library card online (copy 2)")).hasCount(1);
        assertThat(tile(page, "Renewing a library card")).hasCount(0);
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aJourneyMovedToTheTrashComesBackWithUndoAndFromTheTrash() {
        Page page = app.signedIn();
        HomeJourneys.create(page, app, "Booking a boiler service", "Calls the installer");
        page.reload();

        menu(page, "Booking a boiler service", "Move to trash");
        assertThat(tile(page, "Booking a boiler service")).hasCount(0);
        assertThat(page.locator(".undo-bar")).containsText("“Booking a boiler service” is in the trash.");
        page.locator(".undo-bar")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo"))
                .click();
        assertThat(tile(page, "Booking a boiler service")).hasCount(1);

        menu(page, "Booking a boiler service", "Move to trash");
        assertThat(tile(page, "Booking a boiler service")).hasCount(0);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Trash").setExact(true))
                .click();
        Locator dialog = page.locator("dialog.trash-dialog");
        assertThat(dialog).containsText("Booking a boiler service");
        assertThat(dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Delete Booking a boiler service for good")))
                .isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore Booking a boiler service"))
                .click();
        assertThat(dialog).not().containsText("Booking a boiler service");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                .click();

        assertThat(tile(page, "Booking a boiler service")).hasCount(1);
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void tagsFilterTheTilesAndAnArchivedJourneyShowsOnlyWithTheFilter() {
        Page page = app.signedIn();
        HomeJourneys.create(page, app, "Claiming a parcel refund", "Fills the claim form");
        HomeJourneys.create(page, app, "Claiming a lost card", "Calls the bank");
        page.reload();

        menu(page, "Claiming a parcel refund", "Add tag…");
        answer(page, "claims-2027", "Add tag");
        assertThat(tile(page, "Claiming a parcel refund").locator(".tag")).hasText("claims-2027×");
        page.getByLabel("Filter by tag").selectOption("claims-2027");
        assertThat(page.locator(".journey-tile")).hasCount(1);
        page.getByLabel("Filter by tag").selectOption("");

        menu(page, "Claiming a lost card", "Archive");
        assertThat(tile(page, "Claiming a lost card")).hasCount(0);
        page.getByLabel("Show archived").check();
        assertThat(tile(page, "Claiming a lost card").locator(".archived-pill")).hasText("Archived");
        menu(page, "Claiming a lost card", "Unarchive");
        page.getByLabel("Show archived").uncheck();
        assertThat(tile(page, "Claiming a lost card")).hasCount(1);

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Remove tag claims-2027 from Claiming a parcel refund"))
                .click();
        assertThat(tile(page, "Claiming a parcel refund").locator(".tag")).hasCount(0);
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aSearchFindsACardSaysWhereAndOpensTheMapOnIt() {
        Page page = app.signedIn();
        String id = HomeJourneys.create(page, app, "Returning a rented bike", "Scans the zebra-striped dock code");
        page.reload();

        page.getByLabel("Search").fill("zebra-striped");
        Locator hit = page.locator(".search-hit");
        assertThat(hit).hasCount(1);
        assertThat(hit).containsText("Card");
        assertThat(hit).containsText("Returning a rented bike · Actions · Discover › Look around");
        hit.click();

        assertThat(page).hasURL(Pattern.compile(".*/j/" + id + "$"));
        assertThat(page.locator(".card.selected")).containsText("Scans the zebra-striped dock code");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void everyTileShowsItsThumbnailStateAndPersonas() {
        Page page = app.signedIn();
        HomeJourneys.tag(page, app, "journey-ecommerce-purchase", "online");
        HomeJourneys.tag(page, app, "journey-ecommerce-purchase", "Q1 review");
        HomeJourneys.tag(page, app, "journey-bank-loan", "lending");
        HomeJourneys.tag(page, app, "journey-retail-omnichannel", "online");
        HomeJourneys.tag(page, app, "journey-support-incident", "support");
        for (String demo :
                List.of("ecommerce-purchase", "bank-loan", "retail-omnichannel", "support-incident", "saas-trial")) {
            HomeJourneys.tag(page, app, "journey-" + demo, "demo");
        }
        page.reload();
        Locator boots = tile(page, "Buying walking boots online");
        Locator thumbnail = boots.locator("img.tile-thumb");
        assertThat(thumbnail).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", thumbnail.elementHandle());
        assertThat(boots.locator(".state-pill").first()).hasText("Current state");
        assertThat(boots.locator(".tile-persona").first()).isVisible();
        int loaded = ((Number) page.evaluate("[...document.querySelectorAll('.journey-tile img')]"
                        + ".filter(i => i.complete && i.naturalWidth > 0).length"))
                .intValue();
        assertThat(loaded).isPositive();
        assertThat(boots.locator(".tag")).hasCount(3);
        page.getByLabel("Filter by tag").selectOption("online");
        assertThat(page.locator(".journey-tile")).hasCount(2);
        // the picture for the docs shows the demo's maps (tagged "demo"), not the other tests' small ones
        page.getByLabel("Filter by tag").selectOption("demo");
        assertThat(page.locator(".journey-tile")).hasCount(5);
        WebApp.screenshot(page, "home-tiles");
    }
}
