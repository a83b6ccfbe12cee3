package io.journeyboard.web.insights;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsScreenTest extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions ANALYSIS_TIME =
            new LocatorAssertions.IsVisibleOptions().setTimeout(90_000);

    @TempDir
    Path dir;

    @Test
    void feedbackBecomesThemesAndSuggestionsThatAreAddedToTheMapAsCardsWithEvidence() throws IOException {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template Retail omnichannel"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Insights"))
                .click();

        page.getByLabel("Feedback file").setInputFiles(reviews(1000));
        page.getByLabel("Text column").fill("review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                .click();

        assertThat(page.locator(".progress-text"))
                .hasText(Pattern.compile("Analysing \\d[\\d,]* of 1,000 items|Finding themes"));
        WebApp.screenshot(page, "insights-progress");
        assertThat(page.locator(".theme-chart")).isVisible(ANALYSIS_TIME);
        assertThat(page.locator(".insight-summary")).containsText("1,000 items");
        assertThat(page.locator(".analysis-progress")).isHidden();
        assertThat(page.locator(".theme-row").count()).isGreaterThan(1);
        Locator chosen = page.locator(".suggestion input[type=checkbox]:checked");
        assertThat(chosen.count())
                .as("pain points are picked for the map to begin with")
                .isPositive();
        assertThat(page.locator(".suggestion.kind-pain-point").first()).containsText("items");
        WebApp.screenshot(page, "insights");

        List<String> titles = new ArrayList<>();
        for (Locator box : chosen.all()) {
            titles.add(box.locator("xpath=..")
                    .locator(".suggestion-heading strong")
                    .textContent());
        }
        Locator firstChosen =
                page.locator(".suggestion:has(input[type=checkbox]:checked)").first();
        firstChosen.locator(".suggestion-edit summary").click();
        firstChosen.getByLabel("Card title").fill("Edited before adding: " + titles.getFirst());
        firstChosen.getByLabel("Card title").blur();
        firstChosen.getByLabel("Severity").selectOption("critical");
        titles.set(0, "Edited before adding: " + titles.getFirst());
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Pattern.compile("Add \\d+ cards? to the map")))
                .click();

        assertThat(page.locator(".map-scroll")).isVisible();
        Locator added = page.locator(".card.just-added");
        assertThat(added).hasCount(titles.size());
        assertThat(added.first()).isInViewport();
        assertThat(added.first()).isFocused();
        // among the cards just added: a theme's name ("Minutes") may also be part of another card's text
        for (String title : titles) {
            assertThat(added.filter(new Locator.FilterOptions().setHasText(title)))
                    .isVisible();
        }
        Locator edited = added.filter(new Locator.FilterOptions().setHasText(titles.getFirst()));
        assertThat(edited).containsText("Critical");
        edited.click();
        assertThat(page.locator(".evidence-list")).containsText("feedback items on");
        WebApp.screenshot(page, "insights-accepted");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aLargeThemeIsSplitIntoSubThemesWithNamesSharesAndQuotes() throws IOException {
        Page page = app.signedIn();
        page.navigate(journey("journey-support-incident", "/insights"));
        page.getByLabel("Feedback file").setInputFiles(reviews(1000));
        page.getByLabel("Text column").fill("review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                .click();
        assertThat(page.locator(".theme-chart")).isVisible(ANALYSIS_TIME);
        WebApp.screenshot(page, "insights-themes");

        Locator largest = page.locator(".theme-detail").first();
        String name = largest.locator(".theme-detail-heading strong").textContent();
        largest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show sub-themes of " + name))
                .click();

        Locator parts = largest.locator(".sub-theme");
        assertThat(parts.first()).isVisible(ANALYSIS_TIME);
        assertThat(parts.count()).isGreaterThanOrEqualTo(2);
        for (Locator part : parts.all()) {
            assertThat(part).containsText("% of the theme");
            assertThat(part.locator(".theme-quotes li").first()).isVisible();
        }
        largest.scrollIntoViewIfNeeded();
        WebApp.screenshot(page, "insights-subthemes");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aFileWithoutTheNamedColumnIsExplainedAndNothingIsAnalysed() throws IOException {
        Page page = app.signedIn();
        page.navigate(journey("journey-support-incident", "/insights"));

        page.getByLabel("Feedback file").setInputFiles(reviews(5));
        page.getByLabel("Text column").fill("comment");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                .click();

        Locator error = page.getByRole(AriaRole.ALERT);
        assertThat(error).containsText("reviews.csv could not be analysed");
        assertThat(error).containsText("comment");
        assertThat(page.locator(".theme-chart")).hasCount(0);
        WebApp.assertNoScriptErrors(page);
    }

    /** The first {@code count} yelp reviews from the repository's data/ as a CSV with the columns id and review. */
    private Path reviews(int count) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../data/yelp_labelled.txt"), StandardCharsets.UTF_8);
        List<String> csv = new ArrayList<>(List.of("id,review"));
        for (int i = 0; i < count; i++) {
            String text =
                    lines.get(i).substring(0, lines.get(i).lastIndexOf('\t')).strip();
            csv.add("y" + (i + 1) + ",\"" + text.replace("\"", "\"\"") + "\"");
        }
        return Files.write(dir.resolve("reviews.csv"), csv, StandardCharsets.UTF_8);
    }
}
