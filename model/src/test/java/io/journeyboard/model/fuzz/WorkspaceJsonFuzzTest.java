package io.journeyboard.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.journeyboard.model.format.WorkspaceJson;

/**
 * Fuzzes the Journeyboard file format reader and the validation of what it reads.
 * Seeds and findings: {@code WorkspaceJsonFuzzTestInputs/readsOrExplains} in the test resources.
 */
class WorkspaceJsonFuzzTest {

    private static final WorkspaceJson FORMAT = new WorkspaceJson();

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.readAndValidate(content, "map.json", () -> FORMAT.read(content, "map.json"));
    }
}
