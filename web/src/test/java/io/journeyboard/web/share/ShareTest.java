package io.journeyboard.web.share;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sharing a journey from the map: a link that opens a read-only viewer page (not JSON), embeddable, revocable. */
class ShareTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Locator dialogButton(Page page, String name) {
        return page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    @Test
    void aPasswordedCommentLinkOpensTheMapReadOnlyTakesAGuestCommentAndStopsWhenRevoked() {
        Page editor = app.signedIn();
        editor.navigate(journey("journey-bank-loan", ""));
        editor.getByRole(AriaRole.BUTTON, named("Share").setExact(true)).click();
        editor.getByLabel("Who opens it may").selectOption("comment");
        editor.getByLabel("Password (optional)").fill("workshop-2026");
        dialogButton(editor, "Create link").click();
        String link = editor.getByLabel("Share link", EXACT).inputValue();
        assertThat(link).contains("/share.html#jbl_");
        assertThat(editor.getByLabel("Embed code").inputValue()).startsWith("<iframe src=\"" + link + "\"");
        WebApp.screenshot(editor, "share-dialog");

        Page guest = app.newPage();
        guest.navigate(link);
        assertThat(guest.getByRole(AriaRole.HEADING, named("This map is protected")))
                .isVisible();
        guest.getByLabel("Password", EXACT).fill("not the one");
        guest.getByRole(AriaRole.BUTTON, named("Open map")).click();
        assertThat(guest.getByRole(AriaRole.ALERT)).containsText("wrong");
        guest.getByLabel("Password", EXACT).fill("workshop-2026");
        guest.getByRole(AriaRole.BUTTON, named("Open map")).click();
        assertThat(guest.locator(".stage-header").first()).isVisible();
        assertThat(guest.getByText("Shared for comments")).isVisible();
        assertThat(guest.locator(".add-lane-row")).hasCount(0);
        assertThat(guest.locator("[data-action]")).hasCount(0);
        guest.getByLabel("Your name").fill("Priya");
        guest.getByLabel("Comment", EXACT).fill("The loan letter step needs the branch view too");
        guest.getByRole(AriaRole.BUTTON, named("Add comment")).click();
        assertThat(guest.locator(".comment-head").last()).containsText("Priya (guest)");
        WebApp.screenshot(guest, "shared-map");
        WebApp.assertNoScriptErrors(guest);

        editor.reload();
        editor.getByRole(AriaRole.BUTTON, named("Share").setExact(true)).click();
        editor.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("Revoke link .*")))
                .click();
        assertThat(editor.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Live share links")))
                .containsText("No live links.");
        guest.reload();
        assertThat(guest.getByRole(AriaRole.HEADING, named("This link cannot be opened")))
                .isVisible();
    }

    @Test
    void aViewLinkIsEmbeddableInAnotherPageWhileTheAppItselfIsNot() throws IOException {
        Page editor = app.signedIn();
        editor.navigate(journey("journey-ecommerce-purchase", ""));
        editor.getByRole(AriaRole.BUTTON, named("Share").setExact(true)).click();
        dialogButton(editor, "Create link").click();
        String link = editor.getByLabel("Share link", EXACT).inputValue();

        APIResponse viewer = editor.request().get(link.substring(0, link.indexOf('#')));
        APIResponse appPage = editor.request().get(app.url(""));
        assertThat(viewer.headers().get("content-security-policy")).contains("frame-ancestors *");
        assertThat(viewer.headers()).doesNotContainKey("x-frame-options");
        assertThat(appPage.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(appPage.headers().get("x-frame-options")).isEqualTo("DENY");

        // another site (another origin: its own server on another port) frames the viewer page
        HttpServer intranet = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!doctype html><title>Intranet</title><h1>Our intranet</h1><iframe title=\"Journey\" src=\""
                        + link + "\" width=\"1200\" height=\"600\"></iframe>")
                .getBytes(StandardCharsets.UTF_8);
        intranet.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        intranet.start();
        try {
            Page other = app.newPage();
            other.navigate("http://127.0.0.1:" + intranet.getAddress().getPort() + "/");
            FrameLocator frame = other.frameLocator("iframe");
            assertThat(frame.locator(".stage-header").first()).isVisible();
            assertThat(frame.getByText("Shared, read only")).isVisible();
            assertThat(frame.getByLabel("Your name")).hasCount(0);
            WebApp.screenshot(other, "shared-embedded");
        } finally {
            intranet.stop(0);
        }
    }
}
