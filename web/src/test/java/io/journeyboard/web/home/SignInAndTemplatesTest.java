package io.journeyboard.web.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignInAndTemplatesTest extends BrowserTest {

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheRightOneOpensTheWorkspace() {
        Page page = app.newPage();
        page.navigate(app.url(""));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        page.getByLabel("E-mail").fill(app.demo().email());
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("wrong");

        app.signIn(page);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buying walking boots online")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template E-commerce purchase")))
                .isVisible();
        assertThat(page.locator(".persona-tile").first()).isVisible();
        WebApp.screenshot(page, "home");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void searchFiltersJourneysPersonasAndTemplates() {
        Page page = app.signedIn();
        page.getByLabel("Search").fill("incident");

        assertThat(page.locator(".journey-tile")).hasCount(1);
        assertThat(page.locator(".journey-tile")).containsText("Getting a payments incident resolved");
        assertThat(page.locator(".template-tile")).hasCount(1);
    }

    @Test
    void aJourneyStartedFromATemplateOpensInTheEditorWithEveryKindOfLane() {
        Page page = app.signedIn();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template SaaS trial to paid"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/j/journey-saas-trial-[2-9]$"));
        assertThat(page.locator(".stage-header").first()).isVisible();
        assertThat(page.locator(".lane-header[data-lane-id]")).hasCount(15);
        assertThat(page.locator(".card-touchpoints .chip-channel svg").first()).isVisible();
        assertThat(page.locator(".card-pain_points .chip-severity").first()).isVisible();
        assertThat(page.locator(".step-header .truth-marker").first()).isVisible();
        assertThat(page.locator(".persona-curve")).hasCount(2);
        assertThat(page.locator(".card-opportunity").first()).isVisible();

        page.locator(".card-pain_points").first().click();
        assertThat(page.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator(".card.highlighted").first()).isVisible();
        page.locator(".map-scroll").evaluate("map => map.scrollTo(0, 0)");
        WebApp.screenshot(page, "editor");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void aPersonaIsEditedAndKeepsItsChanges() {
        Page page = app.signedIn();
        page.locator(".persona-tile").first().click();
        page.getByLabel("Segment or role").fill("Night-shift repeat shopper");
        page.getByLabel("Goals").fill("Order school shoes in one break\nNever queue at a parcel desk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save persona"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).last()).containsText("Persona saved");

        page.reload();
        assertThat(page.getByLabel("Segment or role")).hasValue("Night-shift repeat shopper");
        assertThat(page.getByLabel("Goals")).hasValue("Order school shoes in one break\nNever queue at a parcel desk");
        WebApp.screenshot(page, "persona");
    }
}
