package io.journeyboard.web.support;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a JavaScript test module in the real Chromium, on the app's origin, so it imports the very modules the
 * server serves ({@code /js/...}). Test modules live in {@code src/test/resources/js-tests/} and export
 * {@code tests}, an object of named functions that throw when they fail; each becomes one JUnit test.
 */
public final class JsModuleTests {

    private static final String FOLDER = "js-tests/";
    private static final String BLANK = "<!doctype html><meta charset=\"utf-8\"><title>JavaScript tests</title>";

    private JsModuleTests() {}

    /** The tests of {@code js-tests/<module>}, run one by one in one page, closed when JUnit closes the stream. */
    public static Stream<DynamicTest> of(WebApp app, String module) {
        Page page = app.newPage();
        // The test files are not part of the app: the browser gets them from the test classpath instead of the server.
        page.route("**/" + FOLDER + "**", JsModuleTests::fromTestClasspath);
        page.navigate(app.url(FOLDER + "index.html"));
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) page.evaluate(
                "async (path) => { window.suite = await import(path); return Object.keys(window.suite.tests); }",
                "/" + FOLDER + module);
        return names.stream()
                .map(name -> dynamicTest(name, () -> run(page, name)))
                .onClose(() -> page.context().close());
    }

    // A failed assertion in the page comes back as a PlaywrightException carrying the test's message.
    private static void run(Page page, String name) {
        page.evaluate("async (name) => { await window.suite.tests[name](); }", name);
    }

    private static void fromTestClasspath(Route route) {
        String path =
                route.request().url().replaceFirst("^[^?#]*?/" + FOLDER, "").replaceFirst("[?#].*$", "");
        if (path.equals("index.html")) {
            route.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody(BLANK));
            return;
        }
        try (InputStream in = JsModuleTests.class.getResourceAsStream("/" + FOLDER + path)) {
            if (in == null) {
                route.fulfill(new Route.FulfillOptions().setStatus(404).setBody("no test file " + FOLDER + path));
            } else {
                route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/javascript")
                        .setBody(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
