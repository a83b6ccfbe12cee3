package io.journeyboard.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.journeyboard.model.mermaid.MermaidReader;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the Mermaid journey import and the validation of the workspace it makes.
 * Seeds and findings: {@code MermaidFuzzTestInputs/readsOrExplains} in the test resources.
 */
class MermaidFuzzTest {

    private static final MermaidReader READER = new MermaidReader();

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        BadInputOnly.readAndValidate(content, "journey.mmd", () -> READER.read(text, "journey.mmd"));
    }
}
