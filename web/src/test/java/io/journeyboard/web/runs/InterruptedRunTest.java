package io.journeyboard.web.runs;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.Axe;
import io.journeyboard.web.support.WebApp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that dies while an analysis runs leaves its run {@code running} in the store; the next server marks it
 * interrupted and the earlier analyses say so. The run is put back to {@code running} while the server is stopped,
 * as a killed server leaves it (a killed process itself is the server module's
 * KilledServerMarksItsRunInterruptedTest).
 */
class InterruptedRunTest {

    @TempDir
    Path dir;

    @Test
    void aRunLeftRunningWhenItsServerDiedIsListedAsInterruptedAfterTheRestart() {
        try (WebApp app = WebApp.start(dir)) {
            Page page = app.signedIn();
            String analytics = "#/w/" + app.demo().workspaceId() + "/j/journey-bank-loan/analytics";
            page.navigate(app.url(analytics));
            page.getByLabel("Event log").setInputFiles(Path.of("../data/running-example.csv"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse"))
                    .click();
            assertThat(page.locator(".run-list li.run-done")).containsText("running-example.csv");

            app.restart(() -> leaveRunsRunning(dir));

            app.signIn(page);
            page.navigate(app.url(analytics));
            Locator run = page.locator(".run-list li.run").first();
            assertThat(run).containsText("running-example.csv");
            assertThat(run).containsText("Interrupted: the server stopped unexpectedly while this analysis ran");
            assertThat(run).containsText("analyse the file again");
            assertThat(run.getByRole(AriaRole.BUTTON)).hasCount(0);
            run.scrollIntoViewIfNeeded();
            WebApp.screenshot(page, "runs-interrupted");
            Axe.assertNoViolations(page, "an interrupted run among the earlier analyses");
            WebApp.assertNoScriptErrors(page);
        }
    }

    private static void leaveRunsRunning(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("journeyboard");
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE analysis_runs SET state = 'running', finished_at = NULL, report = NULL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
