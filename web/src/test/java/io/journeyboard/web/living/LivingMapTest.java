package io.journeyboard.web.living;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.WebApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The living map in the browser: the demo's measured lane, and a dataset uploaded, a step bound, its figures seen. */
class LivingMapTest extends BrowserTest {

    private static final Path RUNNING_EXAMPLE = Path.of("../data/running-example.csv");
    private static final String CLAIMS = """
            {id: 'claims-living', name: 'Claims, measured', state: 'current',
             stages: [{id: 's-register', name: 'Register', steps: [{id: 'st-register', name: 'Register request'}]},
                      {id: 's-decide', name: 'Decide', steps: [{id: 'st-decide', name: 'Decide'}]}],
             lanes: [{id: 'l-actions', kind: 'actions', title: 'Actions'}]}""";

    private static Locator measured(Page page, String stepId) {
        return page.locator(".measured-row .measured-cell[data-step-id='" + stepId + "']");
    }

    @Test
    void theDemoLoanMapShowsFiguresFromTheBpic2012LogThatOpenTheirEvidence() {
        Page page = app.signedIn();
        page.navigate(journey("journey-bank-loan", ""));

        Locator submitted = measured(page, "step-submit-application");
        assertThat(submitted).containsText("13,087", new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        assertThat(measured(page, "step-pre-accepted")).containsText("7,367");
        assertThat(page.locator(".measured-header")).containsText("from BPI Challenge 2012");
        assertThat(measured(page, "step-compare-lenders")).containsText("not bound");
        page.getByLabel("Zoom out").click();
        page.getByLabel("Zoom out").click();
        assertThat(measured(page, "step-decision")).containsText("2,246");
        WebApp.screenshot(page, "living-map");

        measured(page, "step-pre-accepted")
                .getByRole(AriaRole.BUTTON)
                .filter(new Locator.FilterOptions().setHasText("drop-off"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Get pre-accepted");
        assertThat(dialog).containsText("Dataset BPI Challenge 2012 (262,200 events");
        assertThat(dialog.locator(".evidence-cases li")).hasCount(10);
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void anUploadedDatasetMeasuresAStepOnceItIsBound() {
        Page page = app.signedIn();
        page.navigate(app.url("#/w/" + app.demo().workspaceId() + "/data"));
        page.getByLabel("Name").fill("Claims");
        page.getByLabel("Event file").setInputFiles(RUNNING_EXAMPLE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload dataset"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Stored 42 events as “Claims”");
        assertThat(page.locator(".dataset-table")).containsText("Claims");
        page.evaluate("async () => { const api = await import('/js/api.js'); await api.createJourney('"
                + app.demo().workspaceId() + "', " + CLAIMS + "); }");

        page.navigate(journey("claims-living", ""));
        page.getByLabel("Dataset measured").selectOption("claims");
        assertThat(page.locator(".measured-row")).containsText("no step of this journey is bound to data yet");
        page.locator(".step-header[data-step-id='st-register']").click();
        page.getByLabel("Activities, one per line").fill("register request");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save binding"))
                .click();

        assertThat(measured(page, "st-register").locator(".measured-figure").first())
                .containsText("6");
        assertThat(measured(page, "st-register")).containsText("100%");
        assertThat(measured(page, "st-decide")).containsText("not bound");
        WebApp.assertNoScriptErrors(page);
    }

    @Test
    void suggestedBindingsAreAcceptedInOnePlaceAndMeasured() throws IOException {
        Page page = app.signedIn();
        String ws = app.demo().workspaceId();
        String csv = Files.readString(RUNNING_EXAMPLE).replace("\n", "\\n");
        page.evaluate("async () => { const api = await import('/js/api.js');"
                + " await api.createDataset('" + ws + "', 'Claims to suggest', new File(['" + csv
                + "'], 'claims.csv', {type: 'text/csv'}));"
                + " await api.createJourney('" + ws + "', " + CLAIMS.replace("claims-living", "claims-suggested")
                + "); }");

        page.navigate(journey("claims-suggested", ""));
        page.getByLabel("Dataset measured").selectOption("claims-to-suggest");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suggest bindings"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("register request (100%");
        assertThat(page.getByLabel("Bind Register request")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bind ticked steps"))
                .click();

        assertThat(measured(page, "st-register").locator(".measured-figure").first())
                .containsText("6");
        assertThat(measured(page, "st-decide").locator(".measured-figure").first())
                .containsText("6");
        WebApp.assertNoScriptErrors(page);
    }
}
