package io.journeyboard.model.binding;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bindings in the file format: version 2 writes and reads them; a version-1 file reads as version 2, nothing bound. */
class BindingFormatTest {

    private static final String VERSION_1 = """
            {"formatVersion": 1, "name": "Loans",
             "journeys": [{"id": "loan", "name": "Loan", "state": "current",
               "stages": [{"id": "s1", "name": "Apply", "steps": [{"id": "st1", "name": "A_SUBMITTED"}]}]}]}
            """;

    private final WorkspaceJson json = new WorkspaceJson();

    @Test
    void aVersion1FileIsReadWithNoStepBoundAndWrittenAsVersion2() throws Exception {
        Workspace read = json.read(VERSION_1.getBytes(StandardCharsets.UTF_8), "loans.json");
        Journey journey = read.journeys().getFirst();

        assertThat(journey.steps().allMatch(step -> step.binding() == null)).isTrue();
        assertThat(journey.activitiesByStage()).containsEntry("Apply", List.of("A_SUBMITTED"));
        assertThat(json.write(read)).contains("\"formatVersion\" : 2").doesNotContain("binding");
    }

    @Test
    void bindingsAreWrittenAndReadBackAndReplaceStepNamesInTheFunnel() throws Exception {
        String bound = VERSION_1
                .replace("\"formatVersion\": 1", "\"formatVersion\": 2")
                .replace(
                        "{\"id\": \"st1\", \"name\": \"A_SUBMITTED\"}",
                        "{\"id\": \"st1\", \"name\": \"Submit\", \"binding\": {\"activities\": [\"A_SUBMITTED\", \"A_PARTLY*\"],"
                                + " \"where\": {\"attribute\": \"channel\", \"equals\": \"app\"}}},"
                                + " {\"id\": \"st2\", \"name\": \"Unbound\"}");

        Workspace read = json.read(bound.getBytes(StandardCharsets.UTF_8), "loans.json");
        Workspace again = json.read(json.write(read).getBytes(StandardCharsets.UTF_8), "again.json");
        Journey journey = again.journeys().getFirst();

        assertThat(again).isEqualTo(read);
        assertThat(BoundStep.of(journey)).singleElement().satisfies(step -> {
            assertThat(step.stage()).isEqualTo("Apply");
            assertThat(step.binding().where()).isEqualTo(new AttributeFilter("channel", "app"));
        });
        assertThat(journey.activitiesByStage()).containsEntry("Apply", List.of("A_SUBMITTED", "A_PARTLY*"));
    }
}
