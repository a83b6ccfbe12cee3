package io.journeyboard.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (the WebJar on the test classpath) run in the page: every rule it has, WCAG 2.1 A and AA among
 * them (colour contrast included). The script is served as if from the app's origin, so the app's
 * Content-Security-Policy lets it run without loosening the policy for the test.
 */
public final class Axe {

    private static final String PATH = "test-support/axe.min.js";
    private static final String SCRIPT =
            "/META-INF/resources/webjars/axe-core/" + System.getProperty("axe.version", "4.6.3") + "/axe.min.js";
    private static final String RUN = """
            async () => {
              const result = await axe.run(document);
              return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at `
                + v.nodes.slice(0,
                4).map((n) => n.target.join(' ') + (n.failureSummary ? ` [${n.failureSummary.replace(/\\s+/g,
                ' ')}]` : ''))
                  .join(' | '));
            }""";

    private Axe() {}

    /** What axe finds wrong on the page as it is now, one line per rule broken. */
    public static List<String> violations(Page page) {
        page.route("**/" + PATH, Axe::serve);
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setUrl("/" + PATH));
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(RUN);
        return found;
    }

    public static void assertNoViolations(Page page, String screen) {
        assertThat(violations(page)).as("axe-core on " + screen).isEmpty();
    }

    private static void serve(Route route) {
        try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + SCRIPT);
            }
            route.fulfill(new Route.FulfillOptions()
                    .setContentType("text/javascript")
                    .setBody(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
