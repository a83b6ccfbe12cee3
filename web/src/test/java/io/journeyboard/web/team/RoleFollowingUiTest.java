package io.journeyboard.web.team;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.Members;
import io.journeyboard.web.support.WebApp;
import org.junit.jupiter.api.Test;

/** The screens offer what the role allows: a viewer no editing actions, a commenter only commenting. */
class RoleFollowingUiTest extends BrowserTest {

    private static final String JOURNEY = "Buying walking boots online";

    static Page member(String email, String role) {
        return Members.invited(app, email, role);
    }

    @Test
    void aViewerSeesNoEditingActionsAnywhere() {
        Page viewer = member("viewer-role@example.org", "viewer");
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New journey")))
                .hasCount(0);
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New persona")))
                .hasCount(0);
        assertThat(viewer.locator(".template-tile")).hasCount(0);

        viewer.locator(".persona-tile").first().click();
        assertThat(viewer.getByLabel("Segment or role")).isDisabled();
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save persona")))
                .hasCount(0);
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete persona")))
                .hasCount(0);

        viewer.goBack();
        viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(JOURNEY))
                .click();
        assertThat(viewer.getByText("View only")).isVisible();
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Journey settings")))
                .hasCount(0);
        viewer.locator(".card-pain_points").first().click();
        assertThat(viewer.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)))
                .isDisabled();
        assertThat(viewer.getByLabel("New comment")).hasCount(0);
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve")))
                .hasCount(0);
        WebApp.assertNoScriptErrors(viewer);
    }

    @Test
    void aCommenterCanCommentButNotEdit() {
        Page commenter = member("commenter-role@example.org", "commenter");
        assertThat(commenter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New journey")))
                .hasCount(0);
        commenter
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(JOURNEY))
                .click();
        assertThat(commenter.getByText("View only")).isVisible();
        commenter.locator(".card-pain_points").first().click();
        assertThat(commenter.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)))
                .isDisabled();
        commenter.getByLabel("New comment").fill("Customers told us this twice in the workshop");
        commenter
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Comment").setExact(true))
                .click();
        assertThat(commenter.locator(".comment-body").last()).hasText("Customers told us this twice in the workshop");
        assertThat(commenter
                        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve"))
                        .first())
                .isVisible();
        WebApp.assertNoScriptErrors(commenter);
    }

    @Test
    void toastsDoNotPileUpAndDoNotFollowToTheNextScreen() {
        Page page = app.signedIn();
        page.locator(".persona-tile").first().click();
        for (int i = 0; i < 4; i++) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save persona"))
                    .click();
        }
        assertThat(page.locator(".toast")).hasCount(1);
        assertThat(page.locator(".toast")).hasText("Persona saved.");

        page.goBack();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo workspace"))
                .waitFor();
        assertThat(page.locator(".toast")).hasCount(0);
    }
}
