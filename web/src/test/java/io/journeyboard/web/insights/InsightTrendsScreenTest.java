package io.journeyboard.web.insights;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.Axe;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The insights screen draws the themes per period and per place exactly as the analysis's answer has them. */
class InsightTrendsScreenTest extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions ANALYSIS_TIME =
            new LocatorAssertions.IsVisibleOptions().setTimeout(120_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void datedFeedbackShowsEachThemePerPeriodWithItsChangeAndTheEmergingOnesAsTheAnswerHasThem() throws IOException {
        Page page = app.signedIn();
        page.navigate(journey("journey-support-incident", "/insights"));
        page.getByLabel("Feedback file").setInputFiles(datedReviews());
        page.getByLabel("Text column").fill("review");
        // the job's address, from the progress stream the screen opens on it
        Request events = page.waitForRequest(
                Pattern.compile(".*/insights/jobs/[^/]+/events$"),
                new Page.WaitForRequestOptions().setTimeout(60_000),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                        .click());
        String jobUrl = events.url().substring(0, events.url().length() - "/events".length());
        assertThat(page.locator(".trend-table")).isVisible(ANALYSIS_TIME);

        JsonNode trends =
                JSON.readTree(page.request().get(jobUrl).body()).get("report").get("trends");
        JsonNode periods = trends.get("periods");
        assertThat(trends.get("period").asText()).isEqualTo("month");
        assertThat(periods).hasSize(4);
        Locator table = page.locator(".trend-table");
        assertThat(table.locator("thead th"))
                .hasText(texts("Theme", periods, period -> period.get("period").asText()));
        int emerging = 0;
        for (int p = 0; p < periods.size(); p++) {
            JsonNode period = periods.get(p);
            Locator total = cell(table, period.get("period").asText(), "");
            assertThat(total.locator(".trend-items")).hasText(count(period.get("items")));
            assertThat(total.locator(".trend-sentiment"))
                    .hasText(signed(period.get("sentiment").asDouble()));
            for (JsonNode theme : period.get("themes")) {
                Locator drawn = cell(
                        table, period.get("period").asText(), theme.get("theme").asText());
                assertThat(drawn.locator(".trend-items")).hasText(count(theme.get("items")));
                assertThat(drawn.locator(".trend-sentiment"))
                        .hasText(signed(theme.get("sentiment").asDouble()));
                assertThat(drawn.locator(".emerging-badge"))
                        .hasCount(theme.get("emerging").asBoolean() ? 1 : 0);
                if (p > 0) {
                    assertThat(drawn.locator(".trend-arrow"))
                            .hasClass("trend-arrow trend-"
                                    + direction(theme.get("shareChange").asDouble()));
                }
                emerging += theme.get("emerging").asBoolean() ? 1 : 0;
            }
        }
        assertThat(emerging).as("the waits that start in April emerge").isPositive();
        assertThat(table.locator(".emerging-badge")).hasCount(emerging);

        JsonNode places = trends.get("places");
        Locator rows = page.locator(".place-table .place-row");
        assertThat(rows).hasCount(places.size());
        for (int i = 0; i < places.size(); i++) {
            assertThat(rows.nth(i).locator(".trend-items"))
                    .hasText(count(places.get(i).get("items")));
        }
        page.locator(".insight-trends").scrollIntoViewIfNeeded();
        WebApp.screenshot(page, "insights-trends");
        Axe.assertNoViolations(page, "insights with trends");
        WebApp.assertNoScriptErrors(page);
    }

    private static Locator cell(Locator table, String period, String theme) {
        return table.locator("td[data-period='" + period + "'][data-theme='" + theme + "']");
    }

    private static String[] texts(String first, JsonNode nodes, Function<JsonNode, String> text) {
        List<String> all = new ArrayList<>(List.of(first));
        nodes.forEach(node -> all.add(text.apply(node)));
        return all.toArray(String[]::new);
    }

    private static String count(JsonNode items) {
        return String.format(Locale.US, "%,d", items.asInt());
    }

    /** As the screen writes a score: a sign (− for minus), two decimals rounded from the exact double, as toFixed. */
    private static String signed(double score) {
        String sign = score > 0 ? "+" : score < 0 ? "−" : "";
        return sign
                + new BigDecimal(Math.abs(score))
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString();
    }

    private static String direction(double shareChange) {
        return shareChange >= 0.02 ? "up" : shareChange <= -0.02 ? "down" : "steady";
    }

    /**
     * The 1,000 yelp reviews with a date from January to April 2026: reviews about waiting are all dated in April,
     * the rest spread evenly over the four months, so the waits are new in April.
     */
    private Path datedReviews() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../data/yelp_labelled.txt"), StandardCharsets.UTF_8);
        List<String> csv = new ArrayList<>(List.of("id,date,review"));
        for (int i = 0; i < 1000; i++) {
            String text =
                    lines.get(i).substring(0, lines.get(i).lastIndexOf('\t')).strip();
            boolean waiting = text.toLowerCase(Locale.ROOT).matches(".*\\b(wait|waited|waiting|minutes)\\b.*");
            int month = waiting ? 4 : 1 + i % 4;
            String date = String.format(Locale.ROOT, "2026-%02d-%02d", month, 1 + i % 28);
            csv.add("y" + (i + 1) + "," + date + ",\"" + text.replace("\"", "\"\"") + "\"");
        }
        return Files.write(dir.resolve("dated-reviews.csv"), csv, StandardCharsets.UTF_8);
    }
}
