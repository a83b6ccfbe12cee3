package io.journeyboard.web.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/** What a person does on the map editor, in the words of the tests. */
public final class MapPage {

    private MapPage() {}

    public static Locator cell(Page page, String laneId, String stepId) {
        return page.locator(".lane-cell[data-lane-id='" + laneId + "'][data-step-id='" + stepId + "']");
    }

    public static Locator card(Page page, String text) {
        return page.locator("[data-card-id]").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Clicks the cell's "+" button, types the text and presses Enter. */
    public static void addCard(Page page, String laneId, String stepId, String text) {
        Locator cell = cell(page, laneId, stepId);
        cell.hover();
        cell.locator("[data-action='add-card']").click();
        page.getByLabel("New card text").fill(text);
        page.keyboard().press("Enter");
        assertThat(card(page, text)).isVisible();
    }

    /** Creates a blank journey from the home page (three stages of one step, five lanes) and waits for its map. */
    public static void newJourney(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New journey"))
                .click();
        page.getByLabel("Journey name").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create journey"))
                .click();
        assertThat(page.locator(".journey-title")).hasText(name);
        assertThat(page.locator(".map-grid")).isVisible();
    }

    /** The element that has the keyboard focus, described by its class and label, for assertions. */
    public static String focused(Page page) {
        return (String) page.evaluate("() => { const a = document.activeElement;"
                + " return a === document.body ? 'body' : `${a.tagName.toLowerCase()}.${a.className?.baseVal ?? a.className}`"
                + " + ` ${a.getAttribute('aria-label') || a.textContent.trim().slice(0, 40)}`; }");
    }

    public static void waitUntilSaved(Page page) {
        assertThat(page.locator(".save-status")).hasText("All changes saved");
    }

    /** Presses the pointer on a card and moves it onto another cell in small steps, as a person would. */
    public static void drag(Page page, Locator from, Locator to) {
        BoundingBox start = from.boundingBox();
        BoundingBox end = to.boundingBox();
        page.mouse().move(start.x + start.width / 2, start.y + 12);
        page.mouse().down();
        page.mouse().move(end.x + end.width / 2, end.y + end.height / 2, new Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
    }

    /**
     * Drags a point vertically by dy pixels (the pointer only reaches what is on screen, so it scrolls there first).
     */
    public static void dragVertically(Page page, Locator point, double dy) {
        point.scrollIntoViewIfNeeded();
        BoundingBox handle = point.boundingBox();
        page.mouse().move(handle.x + handle.width / 2, handle.y + handle.height / 2);
        page.mouse().down();
        page.mouse()
                .move(
                        handle.x + handle.width / 2,
                        handle.y + handle.height / 2 + dy,
                        new Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
    }
}
