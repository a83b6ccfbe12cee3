package io.journeyboard.web.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.addCard;
import static io.journeyboard.web.support.MapPage.card;
import static io.journeyboard.web.support.MapPage.cell;
import static io.journeyboard.web.support.MapPage.drag;
import static io.journeyboard.web.support.MapPage.dragVertically;
import static io.journeyboard.web.support.MapPage.waitUntilSaved;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import org.junit.jupiter.api.Test;

class MapEditingTest extends BrowserTest {

    @Test
    void cardsAreAddedEditedMovedByDragAndByKeyboardAndTheEmotionCurveIsDraggedAndAllOfItSurvivesAReload() {
        Page page = app.signedIn();
        page.navigate(journey("journey-saas-trial", ""));

        addCard(page, "lane-actions", "step-sign-up", "Skims the welcome email");

        card(page, "Skims the welcome email").dblclick();
        page.getByLabel("Card text").fill("Reads the welcome email and the pricing FAQ");
        page.keyboard().press("Enter");
        assertThat(card(page, "Reads the welcome email and the pricing FAQ")).isVisible();

        drag(page, card(page, "Reads the welcome email"), cell(page, "lane-actions", "step-verify-email"));
        assertThat(cell(page, "lane-actions", "step-verify-email"))
                .containsText("Reads the welcome email and the pricing FAQ");

        card(page, "Reads the welcome email").focus();
        page.keyboard().press("Alt+ArrowRight");
        assertThat(cell(page, "lane-actions", "step-import-projects"))
                .containsText("Reads the welcome email and the pricing FAQ");
        assertThat(card(page, "Reads the welcome email")).isFocused();

        page.locator(".map-scroll").evaluate("map => map.scrollTo(0, 0)");
        page.getByLabel("Persona", new Page.GetByLabelOptions().setExact(true)).selectOption("persona-priya");
        assertThat(page.locator(".persona-curve")).hasCount(1);
        Locator point = page.locator(".emotion-point[data-persona-id='persona-priya'][data-step-id='step-sign-up']");
        dragVertically(page, point, -200);
        assertThat(point).hasAttribute("aria-valuenow", "2");
        waitUntilSaved(page);
        WebApp.screenshot(page, "editor-editing");

        page.reload();
        assertThat(cell(page, "lane-actions", "step-import-projects"))
                .containsText("Reads the welcome email and the pricing FAQ");
        assertThat(cell(page, "lane-actions", "step-sign-up")).not().containsText("welcome email");
        assertThat(page.locator(".emotion-point[data-persona-id='persona-priya'][data-step-id='step-sign-up']"))
                .hasAttribute("aria-valuenow", "2");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void undoAndRedoWorkFromTheKeyboardAndAreSavedToo() {
        Page page = app.signedIn();
        page.navigate(journey("journey-support-incident", ""));
        Locator first = page.locator("[data-card-id]").first();
        String original = first.locator(".card-text").textContent();
        first.dblclick();
        page.getByLabel("Card text").fill("Changed, then undone");
        page.keyboard().press("Enter");
        assertThat(card(page, "Changed, then undone")).isVisible();

        page.keyboard().press("Control+z");
        assertThat(card(page, "Changed, then undone")).hasCount(0);
        assertThat(page.locator("[data-card-id]").first().locator(".card-text")).hasText(original);
        page.keyboard().press("Control+Shift+z");
        assertThat(card(page, "Changed, then undone")).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Undo").setExact(true))
                .click();
        waitUntilSaved(page);

        page.reload();
        assertThat(page.locator("[data-card-id]").first().locator(".card-text")).hasText(original);
    }

    @Test
    void stagesStepsAndLanesAreAddedRenamedMovedAndDeleted() {
        Page page = app.signedIn();
        page.navigate(journey("journey-bank-loan", ""));
        Locator lanes = page.locator(".lane-header[data-lane-id]");
        assertThat(lanes.first()).isVisible();
        int laneCount = lanes.count();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add lane"))
                .click();
        page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("kpis");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Conversion");
        page.keyboard().press("Enter");
        assertThat(lanes).hasCount(laneCount + 1);
        assertThat(lanes.last()).containsText("Conversion");

        lanes.last().focus();
        page.keyboard().press("Alt+ArrowUp");
        assertThat(lanes.nth(laneCount - 1)).containsText("Conversion");
        lanes.nth(laneCount - 1).scrollIntoViewIfNeeded();
        drag(page, lanes.nth(laneCount - 1), lanes.nth(laneCount - 2));
        assertThat(lanes.nth(laneCount - 2)).containsText("Conversion");

        Locator firstStep = page.locator(".step-header[data-step-id]").first();
        String firstStepName = firstStep.locator(".step-name").textContent();
        firstStep.focus();
        page.keyboard().press("Enter");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Sees the rate on a comparison site");
        page.keyboard().press("Enter");
        assertThat(page.locator(".step-header[data-step-id]").first())
                .containsText("Sees the rate on a comparison site");
        page.locator(".step-header[data-step-id]").first().focus();
        page.keyboard().press("Alt+ArrowRight");
        assertThat(page.locator(".step-header[data-step-id]").nth(1))
                .containsText("Sees the rate on a comparison site");
        drag(
                page,
                page.locator(".step-header[data-step-id]").nth(1),
                page.locator(".step-header[data-step-id]").nth(2));
        assertThat(page.locator(".step-header[data-step-id]").nth(2))
                .containsText("Sees the rate on a comparison site");

        lanes.nth(laneCount - 2).locator(".header-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Delete lane…"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(lanes).hasCount(laneCount);
        waitUntilSaved(page);

        page.reload();
        assertThat(lanes).hasCount(laneCount);
        assertThat(page.locator(".step-header[data-step-id]").nth(2))
                .containsText("Sees the rate on a comparison site");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aBlankJourneyGetsAPersonaFromItsSettingsAndThenAnEmotionCurveToDrag() {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New journey"))
                .click();
        page.getByLabel("Journey name", new Page.GetByLabelOptions().setExact(true))
                .fill("Renewing a home insurance policy");
        page.keyboard().press("Enter");
        assertThat(page.locator(".journey-title")).hasText("Renewing a home insurance policy");
        assertThat(page.locator(".persona-curve")).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Journey settings"))
                .click();
        page.getByRole(AriaRole.DIALOG).locator("input[type=checkbox]").first().check();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".persona-curve")).hasCount(1);
        assertThat(page.locator(".emotion-point").first()).hasAttribute("aria-valuetext", "not scored");

        dragVertically(page, page.locator(".emotion-point").first(), 60);
        assertThat(page.locator(".emotion-point").first()).hasAttribute("aria-valuenow", "-2");
        waitUntilSaved(page);
        page.reload();
        assertThat(page.locator(".emotion-point").first()).hasAttribute("aria-valuenow", "-2");
        WebApp.assertNoScriptErrors(page);
    }
}
