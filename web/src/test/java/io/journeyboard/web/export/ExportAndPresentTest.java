package io.journeyboard.web.export;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Every export offered on the map and the persona page downloads a real file of its kind; the map presents stage by
 * stage.
 */
class ExportAndPresentTest extends BrowserTest {

    private static byte[] export(Page page, String button, String item) throws IOException {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        // a picture of a whole map is drawn on the server, which can take a while on a busy machine
        Download download = page.waitForDownload(
                new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> page.getByRole(
                                AriaRole.MENUITEM,
                                new Page.GetByRoleOptions().setName(item).setExact(true))
                        .click());
        assertThat(download.failure()).as(item).isNull();
        return Files.readAllBytes(download.path());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void theMapExportsAsPdfPngSvgTablesJsonAndMermaid() throws IOException {
        Page page = app.signedIn();
        page.navigate(journey("journey-bank-loan", ""));
        page.locator(".stage-header").first().waitFor();

        for (String pdf : new String[] {"PDF, fitted to one page", "PDF, A4 pages", "PDF, A3 pages"}) {
            assertThat(text(export(page, "Export", pdf))).as(pdf).startsWith("%PDF-");
        }
        byte[] png = export(page, "Export", "PNG picture");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(text(export(page, "Export", "SVG picture")))
                .contains("<svg")
                .contains("Applying for a personal loan");
        assertThat(text(export(page, "Export", "Cards as CSV")))
                .contains("lane")
                .contains("step");
        assertThat(text(export(page, "Export", "Opportunities as CSV"))).contains("value_effort");
        assertThat(export(page, "Export", "Cards and opportunities as XLSX")).startsWith('P', 'K');
        assertThat(text(export(page, "Export", "Journeyboard JSON file")))
                .contains("\"formatVersion\"")
                .contains("journey-bank-loan");
        assertThat(text(export(page, "Export", "Mermaid journey diagram"))).startsWith("journey");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void thePersonaPageExportsItsOnePager() throws IOException {
        Page page = app.signedIn();
        page.locator(".persona-tile").first().click();
        assertThat(text(export(page, "Export one-pager", "One-pager as PDF"))).startsWith("%PDF-");
        assertThat(text(export(page, "Export one-pager", "One-pager as SVG"))).contains("<svg");
    }

    @Test
    void presentationModeShowsOneStageAtATimeAndEndsWithEscape() {
        Page page = app.signedIn();
        page.navigate(journey("journey-bank-loan", ""));
        page.locator(".stage-header").first().waitFor();
        int stages = page.locator(".stage-header").count();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Present").setExact(true))
                .click();

        assertThat(page.locator(".presentation .stage-header")).hasCount(1);
        assertThat(page.locator(".presentation-counter")).hasText("Stage 1 of " + stages);
        String first = page.locator(".presentation-title").textContent();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".presentation-counter")).hasText("Stage 2 of " + stages);
        assertThat(page.locator(".presentation-title")).not().hasText(first);
        assertThat(page.locator(".presentation .stage-header"))
                .hasText(page.locator(".presentation-title").textContent());
        WebApp.screenshot(page, "presentation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("← Previous stage"))
                .click();
        assertThat(page.locator(".presentation-title")).hasText(first);
        page.keyboard().press("Escape");
        assertThat(page.locator(".presentation")).hasCount(0);
        WebApp.assertNoScriptErrors(page);
    }
}
