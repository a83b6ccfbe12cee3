package io.journeyboard.web.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.addCard;
import static io.journeyboard.web.support.MapPage.card;
import static io.journeyboard.web.support.MapPage.focused;
import static io.journeyboard.web.support.MapPage.newJourney;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import org.junit.jupiter.api.Test;

/** The map is one tab stop; the arrow keys move inside it. */
class MapKeyboardTest extends BrowserTest {

    @Test
    void oneTabLeadsFromACardOutOfTheMapIntoTheDetailsPanelAndShiftTabBackToTheSameCard() {
        Page page = app.signedIn();
        page.navigate(journey("journey-support-incident", ""));
        Locator first = page.locator("[data-card-id]").first();
        first.focus();
        assertThat(page.locator(".map-grid [tabindex='0']")).hasCount(1);

        page.keyboard().press("Tab");
        assertThat((Boolean) page.evaluate("() => !!document.activeElement.closest('.inspector')"))
                .as("focus after one Tab: " + focused(page))
                .isTrue();
        page.keyboard().press("Shift+Tab");
        assertThat(first).isFocused();
    }

    @Test
    void arrowKeysWalkCardsHeadersAndAddButtonsAndAnEmotionPointKeepsItsFocusWhileItsScoreChanges() {
        Page page = app.signedIn();
        newJourney(page, "Walking the map");
        Locator steps = page.locator(".step-header[data-step-id]");
        String first = steps.first().getAttribute("data-step-id");
        String second = steps.nth(1).getAttribute("data-step-id");
        String actions =
                page.locator(".lane-header[aria-label='Lane Customer actions']").getAttribute("data-lane-id");
        String touchpoints =
                page.locator(".lane-header[aria-label='Lane Touchpoints']").getAttribute("data-lane-id");
        addCard(page, actions, first, "Reads the offer");
        addCard(page, actions, second, "Asks a friend");
        addCard(page, touchpoints, first, "Leaflet");

        card(page, "Reads the offer").focus();
        page.keyboard().press("ArrowRight");
        assertThat(card(page, "Asks a friend")).isFocused();
        page.keyboard().press("ArrowLeft");
        assertThat(card(page, "Reads the offer")).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(steps.first()).isFocused();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(page.getByLabel("Add card to Customer actions at First step").first())
                .isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(card(page, "Leaflet")).isFocused();
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator(".lane-header[aria-label='Lane Touchpoints']")).isFocused();
        assertThat(page.locator(".map-grid [tabindex='0']")).hasCount(1);
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void anEmotionPointKeepsTheFocusWhileTheArrowKeysChangeItsScore() {
        Page page = app.signedIn();
        page.navigate(journey("journey-ecommerce-purchase", ""));
        Locator point = page.locator(".emotion-point").first();
        point.focus();
        String before = point.getAttribute("aria-valuenow");
        boolean atBottom = "-2".equals(before);
        page.keyboard().press(atBottom ? "ArrowUp" : "ArrowDown");
        assertThat(page.locator(".emotion-point").first()).isFocused();
        assertThat(page.locator(".emotion-point").first()).not().hasAttribute("aria-valuenow", before);
        page.keyboard().press(atBottom ? "ArrowDown" : "ArrowUp");
        assertThat(page.locator(".emotion-point").first()).isFocused();
        assertThat(page.locator(".emotion-point").first()).hasAttribute("aria-valuenow", before);
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".emotion-point").nth(1)).isFocused();
    }
}
