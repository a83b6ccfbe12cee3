package io.journeyboard.web.explore;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.funnel.OrderMode;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.segment.LogSlice;
import io.journeyboard.analytics.segment.Segment;
import io.journeyboard.analytics.variants.PathAnalysis;
import io.journeyboard.analytics.variants.VariantAnalysis;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The explorer on the repository's real logs: what it draws is checked against the analytics engine's own figures. */
class ExplorerScreenTest extends BrowserTest {

    private static final Path RECEIPT = Path.of("../data/receipt.csv");
    private static final Path RUNNING_EXAMPLE = Path.of("../data/running-example.csv");
    private static final Path BPIC = Path.of("../data/bpic2012.xes.gz");
    private static final NumberFormat WHOLE = NumberFormat.getIntegerInstance(Locale.US);

    private static EventLog engine(Path file) throws IOException {
        return EventLogReader.read(file, LogReadOptions.defaults()).log();
    }

    private static Page explore(Path log) {
        Page page = app.signedIn();
        page.navigate(journey("journey-bank-loan", "/explore"));
        page.getByLabel("Event log").setInputFiles(log);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Explore").setExact(true))
                .click();
        page.locator(".explore-log h2").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        return page;
    }

    private static void view(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    /** The funnel the explorer starts with: the first (up to four) distinct activities of the most common variant. */
    private static StageMapping defaultFunnel(EventLog log) {
        List<String> first = new ArrayList<>(
                new LinkedHashSet<>(VariantAnalysis.of(log, 1).top().getFirst().activities()));
        return new StageMapping(
                first.subList(0, Math.min(4, first.size())).stream()
                        .map(a -> new StageDefinition(a, List.of(a), false))
                        .toList(),
                OrderMode.ORDERED,
                0);
    }

    @Test
    void theDrawnFunnelHasTheEnginesCountsItsBreakdownAddsUpAndADropOffShowsWhereCasesWent() throws IOException {
        EventLog log = engine(RECEIPT);
        FunnelAnalysis expected = FunnelAnalysis.of(log, defaultFunnel(log));
        Page page = explore(RECEIPT);

        Locator bars = page.locator("g.funnel-step");
        assertThat(bars).hasCount(expected.steps().size());
        for (int s = 0; s < expected.steps().size(); s++) {
            long cases = expected.steps().get(s).cases();
            assertThat(bars.nth(s)).hasAttribute("data-cases", Long.toString(cases));
            assertThat(bars.nth(s).locator(".funnel-count")).containsText(WHOLE.format(cases) + " · ");
        }
        page.getByLabel("case:group (").check();
        Locator total = page.locator(".breakdown-table tfoot td[data-cases]");
        assertThat(total.first())
                .hasText(WHOLE.format(expected.steps().getFirst().cases()));
        long rows = 0;
        for (String cell : page.locator(".breakdown-table tbody tr td[data-cases]:nth-child(3)")
                .allTextContents()) {
            rows += Long.parseLong(cell.replaceAll("[^0-9].*$", "").replace(",", ""));
        }
        assertThat(rows).isEqualTo(expected.steps().getFirst().cases());
        WebApp.screenshot(page, "explore-funnel");

        int step = dropOffStep(expected);
        page.locator("g.funnel-step[data-step='" + step + "'] rect.funnel-drop").click();
        Locator levels = page.locator(".drop-off-paths g.sankey-level");
        assertThat(levels.first())
                .hasAttribute(
                        "data-total", Long.toString(expected.steps().get(step).dropOff()));
        assertThat(levels.last())
                .hasAttribute(
                        "data-total", Long.toString(expected.steps().get(step).dropOff()));

        view(page, "What drives conversion");
        assertThat(page.locator(".drivers-table tbody tr").first()).isAttached();
        WebApp.screenshot(page, "explore-drivers");
        view(page, "Compare");
        page.getByLabel("Side A attribute").selectOption("channel");
        page.getByLabel("Side B attribute").selectOption("channel");
        page.getByLabel("Side B value").selectOption(new SelectOption().setIndex(1));
        String chosen = page.getByLabel("Side A value").inputValue();
        FunnelAnalysis sideA = FunnelAnalysis.of(
                LogSlice.of(log, new Segment(Map.of("channel", Set.of(chosen)), null, null, null).cases(log)),
                defaultFunnel(log));
        assertThat(page.locator(".compare-pane").first()).containsText("channel = " + chosen);
        assertThat(page.locator(".compare-pane")
                        .first()
                        .locator("g.funnel-step")
                        .first())
                .hasAttribute(
                        "data-cases", Long.toString(sideA.steps().getFirst().cases()));
        assertThat(page.locator(".compare-pane").nth(1).locator("g.funnel-step"))
                .hasCount(expected.steps().size());
        WebApp.screenshot(page, "explore-compare");
        WebApp.assertNoScriptErrors(page);
    }

    private static int dropOffStep(FunnelAnalysis funnel) {
        for (int s = 1; s < funnel.steps().size(); s++) {
            if (funnel.steps().get(s).dropOff() > 0) {
                return s;
            }
        }
        throw new IllegalStateException("the default funnel loses no case");
    }

    @Test
    void fiftyStepsAreDrawnWithTheEnginesCounts() throws IOException {
        EventLog log = engine(RUNNING_EXAMPLE);
        Page page = explore(RUNNING_EXAMPLE);
        page.locator("g.funnel-step").first().waitFor();
        List<String> names = new ArrayList<>(
                defaultFunnel(log).stages().stream().map(StageDefinition::name).toList());
        String[] activities = log.activityNames();
        Locator add = page.getByLabel("Add a step");
        for (int i = names.size(); i < 50; i++) {
            String activity = activities[i % activities.length];
            add.selectOption(activity);
            names.add(activity);
        }
        FunnelAnalysis expected = FunnelAnalysis.of(
                log,
                new StageMapping(
                        names.stream()
                                .map(a -> new StageDefinition(a, List.of(a), false))
                                .toList(),
                        OrderMode.ORDERED,
                        0));

        Locator bars = page.locator("g.funnel-step");
        assertThat(bars).hasCount(50);
        for (int s = 0; s < 50; s += 7) {
            assertThat(bars.nth(s))
                    .hasAttribute(
                            "data-cases", Long.toString(expected.steps().get(s).cases()));
        }
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void everySankeyLevelOfBpicHoldsTheCasesThePathAnalysisCountsAndOtherExpands() throws IOException {
        PathAnalysis expected = PathAnalysis.of(engine(BPIC), "A_SUBMITTED", 5, 10, null);
        Page page = explore(BPIC);
        view(page, "Paths");
        page.getByLabel("Activity", new Page.GetByLabelOptions().setExact(true)).selectOption("A_SUBMITTED");

        Locator levels = page.locator("g.sankey-level");
        assertThat(levels).hasCount(6);
        assertThat(levels.first().locator("g.sankey-node")).hasAttribute("data-name", "A_SUBMITTED");
        for (int l = 0; l < 6; l++) {
            assertThat(levels.nth(l)).hasAttribute("data-total", Long.toString(expected.cases()));
        }
        assertThat(levels.nth(3).locator(".sankey-level-total")).hasText("+3 · " + WHOLE.format(expected.cases()));
        assertThat(page.locator(".top-paths li").first())
                .hasAttribute(
                        "data-cases", Long.toString(expected.after().getFirst().cases()));
        WebApp.screenshot(page, "explore-paths");

        page.getByLabel("Activities per step").fill("2");
        page.getByLabel("Activities per step").press("Tab");
        Locator other = page.locator("g.sankey-node[data-kind='other']").first();
        String level = "g.sankey-level[data-level='" + other.locator("xpath=..").getAttribute("data-level") + "']";
        int before = page.locator(level + " g.sankey-node").count();
        other.locator("rect").click();
        assertThat(page.locator(level + " g.sankey-node")).not().hasCount(before);
        assertThat(page.locator(level + " g.sankey-node").count()).isGreaterThan(before);
        assertThat(page.locator(level)).hasAttribute("data-total", Long.toString(expected.cases()));
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void theProcessMapShowsReworkTheVariantsFilterTheOtherViewsAndDriversAndComparisonAreDrawn() throws IOException {
        EventLog log = engine(RUNNING_EXAMPLE);
        VariantAnalysis variants = VariantAnalysis.of(log, 50);
        Page page = explore(RUNNING_EXAMPLE);

        view(page, "Process map");
        assertThat(page.locator("g.map-node")).hasCount(log.activityCount());
        assertThat(page.locator("path.map-edge[data-rework='true']").first()).isAttached();
        page.getByLabel("Highlight").selectOption(new SelectOption().setIndex(1));
        assertThat(page.locator("path.map-edge[data-highlighted='true']").first())
                .isAttached();
        WebApp.screenshot(page, "explore-map");

        view(page, "Variants");
        Locator rows = page.locator(".variants-table tbody tr");
        assertThat(rows).hasCount((int) variants.variantCount());
        assertThat(rows.first())
                .hasAttribute(
                        "data-cases", Long.toString(variants.top().getFirst().cases()));
        page.getByLabel("Compare variant 1").check();
        page.getByLabel("Compare variant 2").check();
        assertThat(page.locator(".compare-table")).isVisible();
        WebApp.screenshot(page, "explore-variants");
        rows.first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Filter to this variant"))
                .click();
        assertThat(page.locator(".variant-chip")).isVisible();
        assertThat(page.locator(".variants-table tbody tr")).hasCount(1);

        view(page, "What drives conversion");
        assertThat(page.locator(".drivers-table")).isAttached();
        view(page, "Compare");
        assertThat(page.locator(".compare-pane")).hasCount(2);
        WebApp.assertNoScriptErrors(page);
    }
}
