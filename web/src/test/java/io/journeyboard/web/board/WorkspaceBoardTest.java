package io.journeyboard.web.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import io.journeyboard.web.home.HomeJourneys;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board across the workspace's journeys: filtered, edited in place, and honest about a concurrent edit. */
class WorkspaceBoardTest extends BrowserTest {

    private static Page openBoardOn(String journeyName) {
        Page page = app.signedIn();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workspace board"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Workspace board")))
                .isVisible();
        page.getByLabel("Filter by journey").selectOption(new SelectOption().setLabel(journeyName));
        return page;
    }

    @Test
    void theBoardListsEveryJourneysOpportunitiesAndFiltersByStatus() {
        Page page = app.signedIn();
        page.navigate(app.url("#/w/" + app.demo().workspaceId() + "/board"));
        Locator rows = page.locator(".board-table tbody tr");
        assertThat(rows.first()).isVisible();
        assertThat(page.locator(".matrix-dot").first()).isVisible();
        int all = rows.count();
        assertThat(page.locator(".board-table .journey-cell a").allTextContents().stream()
                        .distinct()
                        .count())
                .isGreaterThan(1);
        page.getByLabel("Filter by status").selectOption("done");
        assertThat(rows.count()).isLessThan(all);
        page.getByLabel("Filter by status").selectOption("");
        WebApp.screenshot(page, "workspace-board");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void draggingADotChangesEffortAndValueInItsJourney() {
        Page setup = app.signedIn();
        String id = HomeJourneys.create(setup, app, "Moving a broadband contract", "Checks the address");
        Page page = openBoardOn("Moving a broadband contract");
        Locator dot = page.locator(".matrix-dot");
        assertThat(dot).hasCount(1);

        BoundingBox chart = page.locator("svg.matrix").boundingBox();
        BoundingBox at = dot.boundingBox();
        page.mouse().move(at.x + at.width / 2, at.y + at.height / 2);
        page.mouse().down();
        // a fifth of the chart from its left and top is effort 1 and value 5 (the axes span 0.5-5.5)
        page.mouse()
                .move(chart.x + chart.width * 0.2, chart.y + chart.height * 0.2, new Mouse.MoveOptions().setSteps(10));
        page.mouse().up();

        assertThat(page.locator(".board-problem")).isEmpty();
        assertThat(WebApp.errorsOf(page)).isEmpty();
        String saved = "Saved “Idea for Moving a broadband contract”";
        assertThat(page.getByRole(AriaRole.STATUS).last()).containsText(saved);
        Map<String, Object> stored = HomeJourneys.opportunity(page, app, id);
        assertThat(((Number) stored.get("effort")).intValue()).isEqualTo(1);
        assertThat(((Number) stored.get("customerValue")).intValue()).isEqualTo(5);
        assertThat(page.locator(".board-table tbody tr").first()).containsText("5");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void anEditOnAJourneySomeoneElseChangedIsRefusedWithAClearMessageAndNotLost() {
        Page setup = app.signedIn();
        String id = HomeJourneys.create(setup, app, "Ordering a school uniform", "Measures the child");
        Page page = openBoardOn("Ordering a school uniform");
        page.getByLabel("Owner of Idea for Ordering a school uniform").fill("Priya");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.STATUS).last()).containsText("Saved");

        HomeJourneys.renameBehindTheScreen(setup, app, id, "Ordering a school uniform early");
        page.getByLabel("Status of Idea for Ordering a school uniform").selectOption("planned");

        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("was changed by someone else since this board was loaded, so your change to "
                        + "“Idea for Ordering a school uniform” was not saved");
        Map<String, Object> stored = HomeJourneys.opportunity(page, app, id);
        assertThat(stored.get("status")).isEqualTo("idea");
        assertThat(stored.get("owner")).isEqualTo("Priya");
        // the board now shows the latest version, and the same change made again is saved
        page.getByLabel("Filter by journey")
                .selectOption(new SelectOption().setLabel("Ordering a school uniform early"));
        page.getByLabel("Status of Idea for Ordering a school uniform").selectOption("planned");
        assertThat(page.locator(".board-problem")).isEmpty();
        page.waitForCondition(
                () -> "planned".equals(HomeJourneys.opportunity(page, app, id).get("status")));
    }
}
