package io.journeyboard.web.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyticsScreenTest extends BrowserTest {

    private static final Path RUNNING_EXAMPLE = Path.of("../data/running-example.csv");

    @TempDir
    Path dir;

    @Test
    void anEventLogIsShownAsAPictureWithItsSummary() {
        Page page = app.signedIn();
        page.navigate(journey("journey-bank-loan", "/analytics"));

        page.getByLabel("Event log").setInputFiles(RUNNING_EXAMPLE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                .click();

        assertThat(page.locator(".analytics-summary")).containsText("42 events · 6 cases · 8 activities");
        assertThat(page.locator(".analytics-note")).containsText("name the journey's steps after activities");
        Locator picture = page.locator("img.analytics-picture");
        assertThat(picture).isVisible();
        Number width = (Number) picture.evaluate("image => image.complete ? image.naturalWidth : 0");
        assertThat(width.intValue()).as("the SVG decodes as an image").isEqualTo(1000);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the picture (SVG)")))
                .hasAttribute("download", "running-example-analytics.svg");
        WebApp.screenshot(page, "analytics");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aRowWithAnUnreadableTimeIsExplainedByLine() throws IOException {
        Path broken = Files.writeString(
                dir.resolve("claims.csv"),
                Files.readString(RUNNING_EXAMPLE, StandardCharsets.UTF_8)
                        .replace("2010-12-31 09:06:00+00:00", "last new year's eve"));
        Page page = app.signedIn();
        page.navigate(journey("journey-bank-loan", "/analytics"));

        page.getByLabel("Event log").setInputFiles(broken);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                .click();

        Locator error = page.getByRole(AriaRole.ALERT);
        assertThat(error).containsText("claims.csv could not be analysed");
        assertThat(error).containsText("claims.csv:3");
        assertThat(error).containsText("last new year's eve");
        assertThat(page.locator("img.analytics-picture")).hasCount(0);
        WebApp.assertNoScriptErrors(page);
    }
}
