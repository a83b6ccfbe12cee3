package io.journeyboard.web.transfer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Import in the browser: files that fail are explained where they fail and change nothing; good ones are imported. */
class ImportTest extends BrowserTest {

    private static final String MERMAID = """
            journey
              title Renewing a parking permit
              section Apply
                Find the form: 2: Resident
                Pay the fee: 1: Resident
              section Wait
                Get the permit: 4: Resident
            """;

    private static FilePayload file(String name, String mime, String text) {
        return new FilePayload(name, mime, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void choose(Page page, FilePayload payload) {
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true)).setInputFiles(payload);
    }

    @Test
    void aBrokenFileIsExplainedByLineAndNothingChangesThenJsonAndMermaidFilesBecomeJourneys() {
        Page page = app.signedIn();
        int journeys = page.locator(".journey-tile").count();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        choose(
                page,
                file(
                        "broken.json",
                        "application/json",
                        "{\"formatVersion\": 1,\n  \"name\": \"Broken\",\n  \"journeys\": [ {\"id\": }\n]}"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("broken.json was not imported and nothing was changed");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("line 3");
        WebApp.screenshot(page, "import-problems");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                .click();
        page.reload();
        assertThat(page.locator(".journey-tile")).hasCount(journeys);

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        choose(page, file("permit.mmd", "text/plain", MERMAID));
        assertThat(page.locator(".journey-title")).hasText("Renewing a parking permit");
        assertThat(page.locator(".step-header")).hasCount(3);

        page.navigate(app.url("#/w/" + app.demo().workspaceId()));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        choose(
                page,
                file(
                        "walk.json",
                        "application/json",
                        "{\"formatVersion\":1,\"name\":\"File\",\"journeys\":[{\"id\":\"walk\",\"name\":\"Imported walk\",\"state\":\"future\"}]}"));
        assertThat(page.locator(".journey-title")).hasText("Imported walk");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aTableOfOpportunitiesIsCheckedRowByRowThenReplacesTheMapsOpportunities() {
        Page page = app.signedIn();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        choose(
                page,
                file("table-target.mmd", "text/plain", MERMAID.replace("Renewing a parking permit", "Table target")));
        assertThat(page.locator(".journey-title")).hasText("Table target");

        String header = "id,title,customer_value,business_value,effort,confidence,status\n";
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import table"))
                .click();
        choose(
                page,
                file("opportunities.csv", "text/csv", header + "o-1,Callback within an hour,4,3,seven,0.5,idea\n"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("opportunities.csv:2: column 'effort'");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("\"seven\"");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                .click();
        page.reload();
        assertThat(page.locator(".card-opportunity")).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import table"))
                .click();
        choose(page, file("opportunities.csv", "text/csv", header + "o-1,Callback within an hour,4,3,2,0.5,idea\n"));
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        // a Mermaid journey has no opportunity lane: the opportunity board lists what the table brought
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opportunities"))
                .click();
        assertThat(page.locator(".opportunity-title")).containsText("Callback within an hour");
        WebApp.assertNoScriptErrors(page);
    }
}
