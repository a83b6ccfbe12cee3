package io.journeyboard.web.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A viewer and a commenter see the tiles, search and the workspace board, and no action to change them. */
class ViewerSeesNoManagementTest extends BrowserTest {

    /** Invites {@code email} with {@code role} as the demo owner and signs the invited person up through the link. */
    private static Page member(String email, String role) {
        Page owner = app.signedIn();
        String link =
                (String) owner.evaluate("""
                async ([email, role, ws]) => {
                  const me = await (await fetch('/api/v1/me')).json();
                  const made = await fetch(`/api/v1/workspaces/${ws}/invitations`, {
                    method: 'POST', body: JSON.stringify({ email, role }),
                    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken } });
                  return (await made.json()).link;
                }""", List.of(email, role, app.demo().workspaceId()));
        owner.context().close();
        Page page = app.newPage();
        page.navigate(link);
        page.getByLabel("Your name").fill(role + " person");
        page.getByLabel("Choose a password").fill("a password for " + role);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and join"))
                .click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo workspace"))
                .waitFor();
        return page;
    }

    @Test
    void viewersAndCommentersGetNoTileMenuTrashTagRemovalOrBoardEditing() {
        for (String role : List.of("viewer", "commenter")) {
            Page page = member("home-" + role + "@example.org", role);
            assertThat(page.locator(".journey-tile").first()).isVisible();
            assertThat(page.locator(".journey-tile .tile-thumb").first()).isVisible();
            assertThat(page.locator(".tile-menu")).hasCount(0);
            assertThat(page.locator(".tag-remove")).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trash")))
                    .hasCount(0);

            page.getByLabel("Search").fill("checkout");
            assertThat(page.locator(".search-hit").first()).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workspace board"))
                    .click();
            assertThat(page.locator(".board-table tbody tr").first()).isVisible();
            assertThat(page.locator(".board-table select")).hasCount(0);
            assertThat(page.locator(".board-table input")).hasCount(0);
            assertThat(page.locator(".matrix-dot.draggable")).hasCount(0);
            page.context().close();
        }
    }
}
