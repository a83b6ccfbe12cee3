package io.journeyboard.web.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.waitUntilSaved;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import io.journeyboard.web.support.Axe;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The details panel for steps, stages, opportunities and the journey; what a small or big window shows. */
class EditorPanelsTest extends BrowserTest {

    private static final Page.GetByRoleOptions COMMENT =
            new Page.GetByRoleOptions().setName("Comment").setExact(true);

    @Test
    void stepsOpportunitiesAndTheJourneyTakeCommentsThatSurviveAReload() {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template Bank loan application"))
                .click();
        Locator step = page.locator(".step-header[data-step-id]").first();
        step.click();
        assertThat(page.locator(".inspector .inspector-kind")).hasText("Step");
        page.getByLabel("New comment").fill("Check the opening hours with operations");
        page.getByRole(AriaRole.BUTTON, COMMENT).click();
        assertThat(page.locator(".inspector .comment-list")).containsText("Check the opening hours");
        assertThat(step.locator(".header-comments")).hasText("1");

        page.locator(".card-opportunity").first().click();
        page.getByLabel("New comment").fill("Worth a pilot in two branches");
        page.getByRole(AriaRole.BUTTON, COMMENT).click();
        assertThat(page.locator(".card-opportunity")
                        .first()
                        .locator(".meta-count")
                        .last())
                .hasText("1");

        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Comments on the journey")))
                .isVisible();
        page.getByLabel("New comment").fill("Ready for the steering committee on Friday");
        page.getByRole(AriaRole.BUTTON, COMMENT).click();
        assertThat(page.locator(".inspector .comment-list")).containsText("steering committee");
        Axe.assertNoViolations(page, "the journey's details panel");

        page.reload();
        assertThat(page.locator(".map-grid")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator(".inspector .comment-list")).containsText("steering committee");
        page.locator(".step-header[data-step-id]").first().click();
        assertThat(page.locator(".inspector .comment-list")).containsText("Check the opening hours");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aStepDescriptionAndAnEmotionNoteAreEditedShownOnTheMapAndKept() {
        Page page = app.signedIn();
        // Bank loan: copies of the other templates would disturb the home page's tests, which count them.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template Bank loan application"))
                .click();
        Locator step = page.locator(".step-header[data-step-id]").first();
        step.click();
        page.locator(".inspector").getByLabel("Description").fill("Lands on pricing from a search ad");
        page.locator(".inspector").getByLabel("Description").blur();
        Locator note = page.locator(".emotion-notes input:not([disabled])").first();
        String persona = page.locator(".emotion-notes .field:has(input:not([disabled])) label")
                .first()
                .textContent()
                .replaceFirst(" \\(.*\\)$", "");
        note.fill("Hopeful, but wary of a credit card form");
        note.blur();
        waitUntilSaved(page);
        page.getByLabel("Persona", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(persona));
        assertThat(page.locator(".emotion-note").first()).hasText("Hopeful, but wary of a credit…");
        WebApp.screenshot(page, "editor-step");

        page.reload();
        assertThat(page.locator(".step-header[data-step-id]").first())
                .hasAttribute("aria-label", Pattern.compile(".*Lands on pricing from a search ad"));
        assertThat(page.locator(".emotion-point[aria-valuetext$='Hopeful, but wary of a credit card form']"))
                .hasCount(1);
        page.locator(".step-header[data-step-id]").first().click();
        assertThat(page.locator(".inspector").getByLabel("Description")).hasValue("Lands on pricing from a search ad");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aWindowOf1024PixelsShowsFourStepsWithTheDetailsHiddenAndTheLanesNarrow() {
        Page page = app.signedIn();
        page.setViewportSize(1024, 768);
        page.navigate(journey("journey-support-incident", ""));
        assertThat(page.locator(".map-grid")).isVisible();
        assertThat(wholeStepsOnScreen(page)).as("steps on screen before").isLessThan(4);

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hide details").setExact(true))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Narrow lanes").setExact(true))
                .click();
        assertThat(page.locator(".inspector")).isHidden();
        assertThat(wholeStepsOnScreen(page)).as("steps on screen").isGreaterThanOrEqualTo(4);
        WebApp.screenshot(page, "editor-1024");
        Axe.assertNoViolations(page, "editor at 1024 px, details hidden");

        page.reload();
        assertThat(page.locator(".inspector")).isHidden();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hide details").setExact(true))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Narrow lanes").setExact(true))
                .click();
        assertThat(page.locator(".inspector")).isVisible();
    }

    @Test
    void fitShowsEveryStepAndTheMinimapScrollsABigMap() {
        Page page = app.signedIn();
        page.navigate(journey("journey-retail-omnichannel", ""));
        Locator minimap = page.locator(".minimap");
        assertThat(minimap).isVisible();
        BoundingBox picture = minimap.locator("svg").boundingBox();
        page.mouse().click(picture.x + picture.width - 3, picture.y + 3);
        assertThat((Double) ((Number) page.locator(".map-scroll").evaluate("s => s.scrollLeft")).doubleValue())
                .isGreaterThan(100.0);
        WebApp.screenshot(page, "editor-minimap");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Fit").setExact(true))
                .click();
        BoundingBox map = page.locator(".map-scroll").boundingBox();
        BoundingBox last = page.locator(".step-header[data-step-id]").last().boundingBox();
        assertThat(last.x + last.width).as("the last step's right edge").isLessThanOrEqualTo(map.x + map.width);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom in"))
                .click();
        assertThat(page.locator(".zoom-label")).not().hasText("100%");
    }

    @Test
    void evidenceFromTheLibraryIsAttachedOpenedAndDetachedInTheDetailsPanel() {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template Bank loan application"))
                .click();
        Locator card =
                page.locator(".card-actions:not(:has([title$=' evidence']))").first();
        String cardId = card.getAttribute("data-card-id");
        card.click();
        Locator panel = page.locator(".inspector .evidence-list");
        String before = panel.locator("h3").textContent();

        panel.getByLabel("Attach evidence from the library").fill("median 14 days");
        panel.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^Attach: Median 14 days")))
                .first()
                .click();
        waitUntilSaved(page);
        assertThat(panel.locator("h3")).not().hasText(before);
        Locator item = panel.locator(".evidence-item").filter(new Locator.FilterOptions().setHasText("Median 14 days"));
        item.locator("summary").click();
        assertThat(item.locator(".evidence-quote")).containsText("1,647 applications needed extra calls");
        assertThat(item).containsText("Source:");
        Axe.assertNoViolations(page, "evidence opened in the details panel");

        page.reload();
        page.locator("[data-card-id='" + cardId + "']").click();
        Locator kept = page.locator(".inspector .evidence-item")
                .filter(new Locator.FilterOptions().setHasText("Median 14 days"));
        assertThat(kept).hasCount(1);
        kept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Detach")))
                .click();
        assertThat(page.locator(".inspector .evidence-item")
                        .filter(new Locator.FilterOptions().setHasText("Median 14 days")))
                .hasCount(0);
        waitUntilSaved(page);
        assertThat(page.locator(".inspector .evidence-list h3")).hasText(before);
        WebApp.assertNoScriptErrors(page);
    }

    private static int wholeStepsOnScreen(Page page) {
        return ((Number) page.evaluate("""
                () => { const map = document.querySelector('.map-scroll').getBoundingClientRect();
                  return [...document.querySelectorAll('.step-header[data-step-id]')].map((s) =>
                  s.getBoundingClientRect())
                    .filter((r) => r.left >= map.left && r.right <= map.right + 1).length; }""")).intValue();
    }
}
