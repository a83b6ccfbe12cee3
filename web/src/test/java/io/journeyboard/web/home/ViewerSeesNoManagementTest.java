package io.journeyboard.web.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.Members;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A viewer and a commenter see the tiles, search and the workspace board, and no action to change them. */
class ViewerSeesNoManagementTest extends BrowserTest {

    @Test
    void viewersAndCommentersGetNoTileMenuTrashTagRemovalOrBoardEditing() {
        for (String role : List.of("viewer", "commenter")) {
            Page page = Members.invited(app, "home-" + role + "@example.org", role);
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
