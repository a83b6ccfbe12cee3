package io.journeyboard.web.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.focused;
import static io.journeyboard.web.support.MapPage.newJourney;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import org.junit.jupiter.api.Test;

/** Header menus stay in the window, offer only what they can do, and leave the keyboard working. */
class MenusAndFocusTest extends BrowserTest {

    private static final Page.GetByRoleOptions DELETE =
            new Page.GetByRoleOptions().setName("Delete").setExact(true);

    @Test
    void aHeaderMenuNearTheBottomOfTheWindowOpensUpwardsInsideIt() {
        Page page = app.signedIn();
        page.setViewportSize(1440, 640);
        newJourney(page, "Menus near the bottom");
        Locator button =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lane Opportunities options"));
        button.evaluate("b => b.scrollIntoView({block: 'end'})");
        button.click();

        BoundingBox menu = page.locator(".popup-menu").boundingBox();
        assertThat(menu.y + menu.height).as("the menu's bottom edge").isLessThanOrEqualTo(640);
        assertThat(menu.y).isGreaterThanOrEqualTo(0);
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Delete lane…")))
                .isInViewport();
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void controlZStillUndoesAfterADeletionFromAHeaderMenu() {
        Page page = app.signedIn();
        newJourney(page, "Undo after a menu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lane Touchpoints options"))
                .click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Delete lane…"))
                .click();
        page.getByRole(AriaRole.BUTTON, DELETE).click();
        assertThat(page.locator(".lane-header[aria-label='Lane Touchpoints']")).hasCount(0);
        assertThat(focused(page)).as("the focus after the dialog closed").isNotEqualTo("body");

        page.keyboard().press("Control+z");
        assertThat(page.locator(".lane-header[aria-label='Lane Touchpoints']")).hasCount(1);
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void theFirstStepOffersNoMoveLeftAndTheLastNoMoveRight() {
        Page page = app.signedIn();
        newJourney(page, "Moving steps");
        Locator steps = page.locator(".step-header[data-step-id]");
        steps.first().locator(".header-menu").click();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Move left")))
                .isDisabled();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Move right")))
                .isEnabled();
        page.keyboard().press("Escape");
        steps.last().locator(".header-menu").click();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Move right")))
                .isDisabled();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Move left")))
                .isEnabled();
    }

    @Test
    void afterSignInAndAfterOpeningAMapTheFocusIsOnTheScreenNotOnTheBody() {
        Page page = app.signedIn();
        assertThat(focused(page)).as("focus on the home page after signing in").startsWith("h1");

        page.navigate(journey("journey-support-incident", ""));
        assertThat(page.locator(".map-grid")).isVisible();
        page.waitForFunction("() => document.activeElement !== document.body");
        assertThat((Boolean) page.evaluate("() => !!document.activeElement.closest('.map-grid')"))
                .as("focus on the map, was " + focused(page))
                .isTrue();
    }
}
