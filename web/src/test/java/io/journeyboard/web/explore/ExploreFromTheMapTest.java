package io.journeyboard.web.explore;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.Axe;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explorer on the demo's stored BPI Challenge 2012 dataset: opened from a bound step of the loan map,
 * its drawn funnel and Sankey equal the API's answers; the process map's labels never overlap; and the
 * time to draw a big funnel and a big Sankey is printed as a benchmark line (not asserted).
 */
class ExploreFromTheMapTest extends BrowserTest {

    private static final String DATASET = "bpi-challenge-2012";
    private static final List<String> BOUND_FROM_PRE_ACCEPTED = List.of(
            "A_PREACCEPTED",
            "W_Completeren aanvraag",
            "O_SENT",
            "W_Nabellen offertes",
            "O_SENT_BACK",
            "W_Valideren aanvraag",
            "A_APPROVED",
            "A_ACTIVATED");

    /** The API's answer to a query on the demo dataset, asked from the page with its session. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> ask(Page page, String view, String query) {
        return (Map<String, Object>) page.evaluate("""
                async ([ws, dataset, view, query]) => {
                  const me = await (await fetch('/api/v1/me')).json();
                  const answer = await fetch(`/api/v1/workspaces/${ws}/explore/datasets/${dataset}/${view}`, {
                    method: 'POST', body: query,
                    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken } });
                  return answer.json();
                }""", List.of(app.demo().workspaceId(), DATASET, view, query));
    }

    /** The loan map with its measured lane drawn, so the demo dataset (stored in the background) is there. */
    private static Locator loanMapMeasured(Page page, String stepId) {
        page.navigate(journey("journey-bank-loan", ""));
        Locator cell = page.locator(".measured-row .measured-cell[data-step-id='" + stepId + "']");
        assertThat(cell).containsText("7,367", new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        return cell;
    }

    /** How long the page took to draw the view: "N ms (of which M ms layout)". */
    private static String drawMs(Page page, String view) {
        Locator timing = page.locator(".explore-timing[data-drawn='" + view + "']");
        timing.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        return timing.getAttribute("data-draw-ms") + " ms (layout " + timing.getAttribute("data-layout-ms") + " ms)";
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBoundStepOfTheLoanMapOpensTheFunnelFromItAndThePathsAfterItOnTheStoredDataset() {
        Page page = app.signedIn();
        Locator cell = loanMapMeasured(page, "step-pre-accepted");
        Axe.assertNoViolations(page, "loan map with its Explore links");

        cell.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Explore"))
                .click();

        Locator bars = page.locator("g.funnel-step");
        assertThat(bars)
                .hasCount(BOUND_FROM_PRE_ACCEPTED.size(), new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(page.locator(".explore-focus")).containsText("Get pre-accepted");
        StringBuilder steps = new StringBuilder();
        for (String activity : BOUND_FROM_PRE_ACCEPTED) {
            steps.append(steps.isEmpty() ? "" : ",")
                    .append("{\"activities\":[\"")
                    .append(activity)
                    .append("\"]}");
        }
        List<Map<String, Object>> figures = (List<Map<String, Object>>)
                ask(page, "funnel", "{\"steps\":[" + steps + "]}").get("figures");
        for (int s = 0; s < figures.size(); s++) {
            assertThat(bars.nth(s))
                    .hasAttribute(
                            "data-cases", Long.toString(number(figures.get(s).get("cases"))));
        }
        assertThat(bars.first()).hasAttribute("data-cases", "7367");
        String funnelMs = drawMs(page, "funnel");
        Axe.assertNoViolations(page, "explorer opened from a step");
        double loadAtFunnel = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        WebApp.screenshot(page, "explore-from-map");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Paths"))
                .click();
        assertThat(page.getByLabel("Activity")).hasValue("A_PREACCEPTED");
        page.getByLabel("Steps").fill("20");
        page.getByLabel("Steps").dispatchEvent("change");
        page.getByLabel("Activities per step").fill("30");
        page.getByLabel("Activities per step").dispatchEvent("change");
        Locator levels = page.locator("g.sankey-level");
        assertThat(levels).hasCount(21, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        Map<String, Object> paths = (Map<String, Object>) ask(
                        page,
                        "paths",
                        "{\"activity\":\"A_PREACCEPTED\",\"direction\":\"forward\",\"depth\":20,\"nodesPerLevel\":30,"
                                + "\"expand\":{},\"topPaths\":15}")
                .get("paths");
        assertThat(levels.last()).hasAttribute("data-total", Long.toString(number(paths.get("cases"))));
        int links = ((List<?>) paths.get("links")).size();
        String pathsMs = drawMs(page, "paths");
        System.out.printf(
                "benchmark: browser draw on bpi-challenge-2012: funnel of %d steps %s at load average %.1f; Sankey of 21"
                        + " levels, %d links %s at load average %.1f (build, insert and layout, Chromium)%n",
                BOUND_FROM_PRE_ACCEPTED.size(),
                funnelMs,
                loadAtFunnel,
                links,
                pathsMs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStageOfTheLoanMapOpensTheFunnelOfItsBoundSteps() {
        Page page = app.signedIn();
        loanMapMeasured(page, "step-pre-accepted");
        page.locator(".stage-header[data-stage-id='stage-offer']").click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Explore this stage"))
                .click();

        Locator bars = page.locator("g.funnel-step");
        assertThat(bars).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(page.locator(".explore-focus")).containsText("stage \"Offer\"");
        List<Map<String, Object>> figures = (List<Map<String, Object>>) ask(
                        page,
                        "funnel",
                        "{\"steps\":[{\"activities\":[\"O_SENT\"]},{\"activities\":[\"W_Nabellen offertes\"]},"
                                + "{\"activities\":[\"O_SENT_BACK\"]}]}")
                .get("figures");
        assertThat(figures).hasSize(3);
        for (int s = 0; s < figures.size(); s++) {
            assertThat(bars.nth(s))
                    .hasAttribute(
                            "data-cases", Long.toString(number(figures.get(s).get("cases"))));
        }
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProcessMapOfTheStoredDatasetDrawsNoLabelOverAnother() {
        Page page = app.signedIn();
        loanMapMeasured(page, "step-pre-accepted");
        page.navigate(journey("journey-bank-loan", "/explore"));
        Locator dataset =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explore BPI Challenge 2012"));
        dataset.waitFor();
        Axe.assertNoViolations(page, "explorer's start with the workspace's datasets");
        dataset.click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Process map"))
                .click();
        page.locator("g.map-node").first().waitFor();
        Locator activities = page.getByLabel("Activities shown");
        activities.evaluate("(input) => { input.value = input.max; input.dispatchEvent(new Event('input')); }");
        int all = Integer.parseInt(activities.getAttribute("max"));
        assertThat(page.locator("g.map-node")).hasCount(all);
        page.getByLabel("Edges shown")
                .evaluate("(input) => { input.value = input.max; input.dispatchEvent(new Event('input')); }");
        page.waitForTimeout(1500);
        Locator edges = page.locator("path.map-edge");
        assertThat(edges.count()).isGreaterThan(40);

        List<String> overlaps = (List<String>)
                page.locator("section[aria-label='Process map'] svg").evaluate("""
                        (chart) => {
                          const boxes = [...chart.querySelectorAll('text')].map((t) => [t.textContent, t.getBBox()]);
                          const meet = (a, b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5
                            && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
                          const found = [];
                          boxes.forEach(([ta, a], i) => boxes.slice(i + 1).forEach(([tb, b]) => {
                            if (meet(a, b)) found.push(`"${ta}" and "${tb}"`);
                          }));
                          return found;
                        }""");

        assertThat(overlaps).isEmpty();
        assertThat(page.locator("text.map-edge-label")).hasCount(edges.count());
        WebApp.screenshot(page, "explore-map-bpic");
        WebApp.assertNoScriptErrors(page);
    }
}
