package io.journeyboard.web.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.addCard;
import static io.journeyboard.web.support.MapPage.card;
import static io.journeyboard.web.support.MapPage.waitUntilSaved;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import org.junit.jupiter.api.Test;

/** Two people (two browser profiles) edit the same journey; the second save meets a 409. */
class SaveConflictTest extends BrowserTest {

    @Test
    void theSecondWriterSeesBothSidesMergesAndNothingTypedIsLost() {
        Page alice = app.signedIn();
        Page bob = app.signedIn();
        alice.navigate(journey("journey-retail-omnichannel", ""));
        bob.navigate(journey("journey-retail-omnichannel", ""));
        String firstStep = alice.locator(".step-header[data-step-id]").first().getAttribute("data-step-id");
        String secondStep = alice.locator(".step-header[data-step-id]").nth(1).getAttribute("data-step-id");
        String actionsLane = alice.locator(".lane-header.lane-kind-actions, .lane-kind-actions .lane-header")
                .first()
                .getAttribute("data-lane-id");

        addCard(alice, actionsLane, firstStep, "Alice: asks whether the store has her size");
        waitUntilSaved(alice);

        addCard(bob, actionsLane, secondStep, "Bob: compares the click-and-collect slots");
        Locator dialog = bob.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Someone else changed this map");
        assertThat(dialog.locator(".conflict-theirs")).containsText("Alice: asks whether the store has her size");
        assertThat(dialog.locator(".conflict-mine")).containsText("Bob: compares the click-and-collect slots");
        assertThat(bob.locator(".save-status")).hasText("Not saved: conflict");
        WebApp.screenshot(bob, "conflict");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Merge: apply my changes on top"))
                .click();
        waitUntilSaved(bob);
        assertThat(card(bob, "Alice: asks whether the store has her size")).isVisible();
        assertThat(card(bob, "Bob: compares the click-and-collect slots")).isVisible();

        alice.reload();
        assertThat(card(alice, "Alice: asks whether the store has her size")).isVisible();
        assertThat(card(alice, "Bob: compares the click-and-collect slots")).isVisible();
        WebApp.assertNoScriptErrors(alice);
    }

    @Test
    void editsMadeWhileTheConflictIsOpenAreKeptAndSavedAfterTheMerge() {
        Page alice = app.signedIn();
        Page bob = app.signedIn();
        alice.navigate(journey("journey-ecommerce-purchase", ""));
        bob.navigate(journey("journey-ecommerce-purchase", ""));

        addCard(alice, "lane-actions", "step-see-ad", "Alice was here first");
        waitUntilSaved(alice);
        addCard(bob, "lane-actions", "step-search", "Bob typed this");
        Locator dialog = bob.getByRole(AriaRole.DIALOG);
        assertThat(dialog).isVisible();
        bob.keyboard().press("Escape");
        assertThat(bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve…")))
                .isVisible();

        addCard(bob, "lane-actions", "step-compare", "Bob kept typing during the conflict");
        bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve…"))
                .click();
        bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge: apply my changes on top"))
                .click();
        waitUntilSaved(bob);

        alice.reload();
        assertThat(card(alice, "Alice was here first")).isVisible();
        assertThat(card(alice, "Bob typed this")).isVisible();
        assertThat(card(alice, "Bob kept typing during the conflict")).isVisible();
    }
}
