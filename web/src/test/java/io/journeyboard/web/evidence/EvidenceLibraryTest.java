package io.journeyboard.web.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.Axe;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.Members;
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

class EvidenceLibraryTest extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions ANALYSIS_TIME =
            new LocatorAssertions.IsVisibleOptions().setTimeout(90_000);
    private static final LocatorAssertions.ContainsTextOptions KEPT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @TempDir
    Path dir;

    @Test
    void acceptedCardsKeepEveryItemOfTheirThemeInTheLibraryWhereARecordIsOpenedSearchedAndEdited() throws IOException {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template Retail omnichannel"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Insights"))
                .click();
        page.getByLabel("Feedback file").setInputFiles(reviews(300));
        page.getByLabel("Text column").fill("review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                .click();
        assertThat(page.locator(".theme-chart")).isVisible(ANALYSIS_TIME);

        // the analysis is kept: listed with who ran it, and opened again
        Locator earlier = page.locator(".run-list");
        assertThat(earlier).containsText("reviews.csv", KEPT);
        assertThat(earlier).containsText("300 items", KEPT);
        assertThat(earlier).containsText("Demo", KEPT);
        earlier.getByRole(AriaRole.BUTTON).first().click();
        assertThat(page.locator(".run-note")).containsText("Opened the analysis of reviews.csv");
        assertThat(page.locator(".insight-summary")).containsText("300 items");
        WebApp.screenshot(page, "insights-kept-runs");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Pattern.compile("Add \\d+ cards? to the map")))
                .click();
        Locator added = page.locator(".card.just-added").first();
        assertThat(added).isVisible();
        added.click();
        page.locator(".evidence-list details").first().locator("summary").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open in the evidence library"))
                .first()
                .click();

        // the theme record opens with every item behind it, its quotes first
        Locator opened = page.locator(".evidence-opened");
        assertThat(opened).containsText("feedback items on");
        assertThat(opened.locator(".evidence-citations")).containsText("Backs 1 card");
        Locator items = opened.locator(".evidence-items li");
        assertThat(items.first()).containsText("quoted on the card");
        Locator status = opened.locator(".evidence-items-section [role=status]");
        assertThat(status).containsText(Pattern.compile("(\\d+) of \\1 items"));
        String hidden = items.nth(items.count() - 1).locator("q").textContent();
        WebApp.screenshot(page, "evidence-library");
        Axe.assertNoViolations(page, "evidence library with a record open");

        // the library's search reaches an item that is not one of the quotes
        String word = longestWord(hidden);
        page.getByLabel("Search evidence").fill(word);
        assertThat(page.locator(".evidence-library-list")).containsText("matching");
        opened.getByLabel("Search the feedback items").fill(word);
        assertThat(status).containsText("match");
        assertThat(opened.locator(".evidence-items li").first()).containsText(word);

        // an edit the format refuses is named under the form and changes nothing; a good one shows at once
        opened.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        page.getByLabel("Recorded on").fill("soon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".evidence-form [role=alert]")).containsText("recorded");
        assertThat(page.locator(".evidence-form [role=alert]")).containsText("YYYY-MM-DD");
        page.getByLabel("Recorded on").fill("2026-03-14");
        page.getByLabel("Source").fill("Yelp reviews, spring 2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(opened.locator(".evidence-facts")).containsText("2026-03-14");
        assertThat(opened.locator(".evidence-facts")).containsText("Yelp reviews, spring 2026");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void anEditorAddsARecordAndABadLinkIsRefusedWhereItIsWritten() {
        Page page = app.signedIn();
        page.navigate(app.url("#/w/" + app.demo().workspaceId() + "/evidence"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Evidence library")))
                .isVisible();
        page.getByLabel("Search evidence").fill("no such quote anywhere 4711");
        assertThat(page.locator(".evidence-library-list")).containsText("No evidence matches.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add evidence"))
                .click();
        page.getByLabel("Quote, answer or figure").fill("Customers ask for the size guide on every call");
        page.getByLabel("Link").fill("javascript:alert(1)");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Add").setExact(true))
                .click();
        assertThat(page.locator(".evidence-form [role=alert]")).containsText("url");
        page.getByLabel("Link").fill("https://example.org/calls");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Add").setExact(true))
                .click();
        assertThat(page.locator(".evidence-opened")).containsText("Customers ask for the size guide");
        assertThat(page.locator(".evidence-opened a[href='https://example.org/calls']"))
                .isVisible();
        Axe.assertNoViolations(page, "evidence record added");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void anEditorReadsARecordsHistoryAsSentencesAndDeletesItWhileACitedRecordIsRefusedNamingItsCard() {
        Page page = app.signedIn();
        page.navigate(app.url("#/w/" + app.demo().workspaceId() + "/evidence"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add evidence"))
                .click();
        page.getByLabel("Quote, answer or figure").fill("Three callers could not find the returns form");
        page.getByLabel("Source").fill("Support calls, week 12");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Add").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/evidence/ev-[^/]+$"));
        Locator opened = page.locator(".evidence-opened");
        assertThat(opened).containsText("Three callers could not find the returns form");
        opened.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        Locator form = page.locator(".evidence-form");
        assertThat(form).isVisible();
        form.getByLabel("Source").fill("Support calls, week 13");
        form.getByLabel("Recorded on").fill("2026-03-27");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(opened.locator(".evidence-facts")).containsText("Support calls, week 13");

        // the history reads newest first, each change a sentence with who and when
        opened.locator(".evidence-history-section summary").click();
        Locator entries = opened.locator(".evidence-history li");
        assertThat(entries).hasCount(2);
        assertThat(entries.first())
                .containsText(
                        "changed the source from “Support calls, week 12” to “Support calls, week 13” and the date"
                                + " to “2026-03-27” (it was empty) on ");
        assertThat(entries.nth(1)).containsText("added the record on ");
        opened.scrollIntoViewIfNeeded();
        WebApp.screenshot(page, "evidence-history");
        Axe.assertNoViolations(page, "evidence record with its history open");

        // nothing cites it, so it goes after a confirmation
        opened.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(page.locator(".evidence-placeholder")).isVisible();
        page.getByLabel("Search evidence").fill("returns form");
        assertThat(page.locator(".evidence-library-list")).containsText("No evidence matches.");

        // a record a card cites stays, and the refusal names the card
        page.getByLabel("Search evidence").fill("");
        Locator cited = page.locator(
                        ".evidence-record", new Page.LocatorOptions().setHasText(Pattern.compile("cited by [1-9]")))
                .first();
        cited.locator("a").click();
        String card = opened.locator(".evidence-citations li a").first().textContent();
        opened.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(opened.getByRole(AriaRole.ALERT)).containsText("Not deleted");
        assertThat(opened.getByRole(AriaRole.ALERT)).containsText("the card “" + card + "”");
        assertThat(opened.locator(".evidence-citations")).containsText(card);
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aViewerOpensARecordAndItsHistoryWithNoWayToEditOrDeleteIt() {
        Page viewer = Members.invited(app, "viewer-evidence@example.org", "viewer");
        viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evidence library"))
                .click();
        viewer.locator(".evidence-record a").first().click();
        Locator opened = viewer.locator(".evidence-opened");
        assertThat(opened.locator(".evidence-facts")).isVisible();
        opened.locator(".evidence-history-section summary").click();
        assertThat(opened.locator(".evidence-history li").first()).isVisible();
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add evidence")))
                .hasCount(0);
        assertThat(opened.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")))
                .hasCount(0);
        assertThat(opened.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")))
                .hasCount(0);
        WebApp.assertNoScriptErrors(viewer);
    }

    private static String longestWord(String text) {
        String longest = "";
        for (String word : text.split("[^A-Za-z]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
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
