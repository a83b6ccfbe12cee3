package io.journeyboard.web.model;

import io.journeyboard.web.support.BrowserTest;
import io.journeyboard.web.support.JsModuleTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The patch logic of autosave, undo and the conflict merge, in the browser: js-tests/model/journey-patch.test.js. */
class JourneyPatchTest extends BrowserTest {

    @TestFactory
    Stream<DynamicTest> journeyPatch() {
        return JsModuleTests.of(app, "model/journey-patch.test.js");
    }
}
