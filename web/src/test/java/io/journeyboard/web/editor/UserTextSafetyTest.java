package io.journeyboard.web.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.journeyboard.web.support.MapPage.addCard;
import static io.journeyboard.web.support.MapPage.card;
import static io.journeyboard.web.support.MapPage.waitUntilSaved;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Card text is shown as text: markup in it is never parsed, scripts in it never run. */
class UserTextSafetyTest extends BrowserTest {

    static final List<String> PAYLOADS =
            List.of("<img src=x onerror=alert(1)>", "<script>alert(2)</script>", "\"><svg onload=alert(3)><b>bold</b>");

    @Test
    void htmlAndScriptInCardsAndCommentsShowAsTextAndNeverRun() {
        Page page = app.signedIn();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate(journey("journey-bank-loan", ""));
        String step = page.locator(".step-header[data-step-id]").first().getAttribute("data-step-id");
        String lane = page.locator(".lane-kind-notes .lane-header, .lane-kind-actions .lane-header")
                .first()
                .getAttribute("data-lane-id");
        for (String payload : PAYLOADS) {
            addCard(page, lane, step, payload);
        }
        card(page, PAYLOADS.get(0)).click();
        page.getByLabel("New comment").fill("<img src=y onerror=alert(4)>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment"))
                .click();
        assertThat(page.locator(".comment-body")).hasText("<img src=y onerror=alert(4)>");
        waitUntilSaved(page);

        page.reload();
        for (String payload : PAYLOADS) {
            assertThat(card(page, payload).locator(".card-text")).hasText(payload);
        }
        assertThat(page.locator(".map-grid img, .map-grid script, .map-grid b, .inspector img"))
                .hasCount(0);
        assertThat(page.locator(".map-grid svg[onload]")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }
}
