package io.journeyboard.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import io.journeyboard.server.system.DemoWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A real server (in-process, H2 in a temporary directory, with the demo workspace) and the
 * machine's headless Chromium driven by Playwright. One per test class; close it when done.
 */
public final class WebApp implements AutoCloseable {

    /** Debian's chromium; CI installs it with apt. Playwright must never download a browser of its own. */
    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private static final Path SCREENSHOTS = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));

    /** Replaced by {@link #restart}; the demo sign-in and the browser stay. */
    private JourneyboardServer server;

    private final ServerConfig config;
    private final DemoWorkspace.DemoSignIn demo;
    private final Playwright playwright;
    private final Browser browser;

    private WebApp(JourneyboardServer server, ServerConfig config, Playwright playwright, Browser browser) {
        this.server = server;
        this.config = config;
        this.demo = server.demo()
                .orElseThrow(() -> new IllegalStateException("a fresh database must create the demo workspace"));
        this.playwright = playwright;
        this.browser = browser;
    }

    public static WebApp start(Path dataDir) {
        return start(dataDir, UnaryOperator.identity());
    }

    /** A server whose settings the test changes (open sign-up, an SMTP server) on top of the usual ones. */
    public static WebApp start(Path dataDir, UnaryOperator<ServerConfig> settings) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("the browser tests need Debian's chromium at " + CHROMIUM
                    + " (apt-get install -y chromium); it is missing, so these tests cannot run");
        }
        // Every test's browser context reaches the server from 127.0.0.1, more connections at once than one
        // person's browser would hold; the per-address limit itself is SlowClientsTest's.
        ServerConfig config = settings.apply(ServerConfig.defaults()
                .withPort(0)
                .withDataDir(dataDir)
                .withPasswordCost(4)
                .withDemoOnFirstStart(true)
                .withConnectionsPerAddress(0));
        JourneyboardServer server = JourneyboardServer.start(config);
        try {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            return new WebApp(server, config, playwright, browser);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /**
     * Stops the server, runs {@code whileStopped} on its data directory (what a crash would have left there), and
     * starts a new server over it on another port; pages must navigate and sign in again.
     */
    public void restart(Runnable whileStopped) {
        server.stop();
        whileStopped.run();
        server = JourneyboardServer.start(config);
    }

    public String url(String hash) {
        return server.address() + hash;
    }

    public DemoWorkspace.DemoSignIn demo() {
        return demo;
    }

    /**
     * A fresh browser profile (own cookies) with a laptop-sized window; page errors fail loudly via {@link
     * #errorsOf}.
     */
    public Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(message -> {
            // A refused request (401, 409) is logged by the browser; that is the app working, not an error of it.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                errors.add(message.text());
            }
        });
        PAGE_ERRORS.put(page, errors);
        return page;
    }

    private static final Map<Page, List<String>> PAGE_ERRORS = new ConcurrentHashMap<>();

    /** JavaScript errors and console errors the page reported so far. */
    public static List<String> errorsOf(Page page) {
        return PAGE_ERRORS.getOrDefault(page, List.of());
    }

    /** Opens the app and signs in as the demo user; returns on the workspace home. */
    public Page signedIn() {
        Page page = newPage();
        signIn(page);
        return page;
    }

    public void signIn(Page page) {
        page.navigate(url("#/sign-in"));
        page.getByLabel("E-mail").fill(demo.email());
        page.getByLabel("Password").fill(demo.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo workspace"))
                .waitFor();
    }

    /** Saves a PNG of the page to target/screenshots/name.png. */
    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Passing notices ("Persona saved") would cover the map in the picture.
        page.evaluate("document.getElementById('toasts')?.replaceChildren()");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    public static void assertNoScriptErrors(Page page) {
        assertThat(errorsOf(page)).as("JavaScript errors in the page").isEmpty();
    }

    @Override
    public void close() {
        try {
            browser.close();
            playwright.close();
        } finally {
            server.stop();
        }
    }
}
