package io.journeyboard.web.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.addCard;
import static io.journeyboard.web.support.MapPage.card;
import static io.journeyboard.web.support.MapPage.cell;
import static io.journeyboard.web.support.MapPage.newJourney;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import org.junit.jupiter.api.Test;

/** What the map shows is not hidden by the map itself: legend, title, selections. */
class MapLayoutTest extends BrowserTest {

    @Test
    void theEmotionLegendCoversNoPointOfTheCurve() {
        Page page = app.signedIn();
        page.navigate(journey("journey-saas-trial", ""));
        BoundingBox legend = page.locator(".emotion-legend").boundingBox();
        assertThat(legend).isNotNull();
        BoundingBox chart = page.locator(".emotion-chart").boundingBox();
        assertThat(overlap(legend, chart))
                .as("legend %s over the chart %s", box(legend), box(chart))
                .isFalse();
        for (Locator point : page.locator(".emotion-point").all()) {
            assertThat(overlap(legend, point.boundingBox())).isFalse();
        }
    }

    @Test
    void aLongJourneyTitleIsShownWholeWhenTheWindowHasRoomForIt() {
        Page page = app.signedIn();
        page.setViewportSize(1920, 900);
        String name = "Onboarding of small business customers in branches";
        newJourney(page, name);
        Locator title = page.locator(".journey-title");
        assertThat((Boolean) title.evaluate("t => t.scrollWidth <= t.clientWidth"))
                .as(
                        "title of %s px cut at %s px",
                        title.evaluate("t => t.scrollWidth"), title.evaluate("t => t.clientWidth"))
                .isTrue();
        assertThat(title).hasText(name);
    }

    @Test
    void draggingACardSelectsNoText() {
        Page page = app.signedIn();
        newJourney(page, "Dragging cards");
        String first = page.locator(".step-header[data-step-id]").first().getAttribute("data-step-id");
        String second = page.locator(".step-header[data-step-id]").nth(1).getAttribute("data-step-id");
        String lane =
                page.locator(".lane-header[aria-label='Lane Customer actions']").getAttribute("data-lane-id");
        addCard(page, lane, first, "Compares three offers side by side before deciding anything at all");
        page.keyboard().press("Escape");

        BoundingBox from =
                card(page, "Compares three offers").locator(".card-text").boundingBox();
        BoundingBox to = cell(page, lane, second).boundingBox();
        page.mouse().move(from.x + 4, from.y + 4);
        page.mouse().down();
        page.mouse().move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(12));
        assertThat(page.evaluate("() => window.getSelection().toString()"))
                .as("text selected while dragging")
                .isEqualTo("");
        page.mouse().up();
        assertThat(cell(page, lane, second)).containsText("Compares three offers");
        assertThat(page.evaluate("() => window.getSelection().toString()")).isEqualTo("");
        WebApp.assertNoScriptErrors(page);
    }

    private static boolean overlap(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    private static String box(BoundingBox b) {
        return "(" + b.x + "," + b.y + " " + b.width + "x" + b.height + ")";
    }
}
