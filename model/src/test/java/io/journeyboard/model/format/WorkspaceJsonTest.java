package io.journeyboard.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.model.fixture.SampleWorkspace;
import io.journeyboard.model.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceJsonTest {

    private final WorkspaceJson json = new WorkspaceJson();

    @Test
    void writtenWorkspaceReadsBackEqual() throws Exception {
        Workspace workspace = SampleWorkspace.workspace();

        String text = json.write(workspace);

        assertThat(text).startsWith("{\n  \"formatVersion\" : 2,");
        assertThat(json.read(bytes(text), "sample.json")).isEqualTo(workspace);
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        String text = "{\"formatVersion\": 1,\n  \"name\": \"Shop\",\n  \"journeys\": [ {\"id\": \"j\" ]\n}";

        assertThatThrownBy(() -> json.read(bytes(text), "broken.json"))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("broken.json:3:")
                .hasMessageContaining("malformed JSON")
                .satisfies(e -> assertThat(((FormatException) e).line()).isEqualTo(3));
    }

    @Test
    void unknownFieldIsRefusedNotDropped() {
        String text =
                "{\"formatVersion\": 1, \"name\": \"Shop\",\n \"journeys\": [{\"id\": \"j\", \"stages\": [{\"id\": \"s\", \"colour\": \"red\"}]}]}";

        assertThatThrownBy(() -> json.read(bytes(text), "m.json"))
                .hasMessageStartingWith("m.json:2:")
                .hasMessageContaining("journeys[0].stages[0].colour: unknown field 'colour'")
                .hasMessageContaining("description, id, name, steps");
    }

    @Test
    void newerFormatVersionIsRefusedWithAdvice() {
        String text = "{\"formatVersion\": 3, \"name\": \"From the future\", \"hologram\": true}";

        assertThatThrownBy(() -> json.read(bytes(text), "future.json"))
                .hasMessage(
                        "future.json:1:19: formatVersion: this file has format version 3, written by a newer Journeyboard;"
                                + " this one reads versions up to 2. Upgrade Journeyboard to open it.");
    }

    @Test
    void missingFormatVersionIsRefused() {
        assertThatThrownBy(() -> json.read(bytes("{\"name\": \"Shop\"}"), "m.json"))
                .hasMessageContaining("'formatVersion' is missing");
    }

    @Test
    void wrongTypeAndUnknownEnumNameTheFieldAndTheChoices() {
        String wrongType = "{\"formatVersion\": 1, \"journeys\": [{\"emotions\": [{\"score\": \"happy\"}]}]}";
        String badEnum = "{\"formatVersion\": 1, \"journeys\": [{\"lanes\": [{\"kind\": \"feelings\"}]}]}";

        assertThatThrownBy(() -> json.read(bytes(wrongType), "m.json"))
                .hasMessageContaining("journeys[0].emotions[0].score: expected a whole number here");
        assertThatThrownBy(() -> json.read(bytes(badEnum), "m.json"))
                .hasMessageContaining(
                        "journeys[0].lanes[0].kind: 'feelings' is not allowed here; use one of: actions, thoughts, touchpoints");
    }

    @Test
    void aFieldGivenTwiceDeepNestingAndAHugeNumberAreSaidInTheFilesTerms() {
        String lane = "{\"formatVersion\": 1, \"journeys\": [{\"lanes\": [{\"id\": \"a\", \"kind\": \"actions\", "
                + "\"title\": \"t\", \"kind\": \"actions\"}]}]}";
        String deep = "{\"notes\": " + "[".repeat(100) + "]".repeat(100) + ", \"formatVersion\": 1}";
        String number =
                "{\"formatVersion\": 1, \"journeys\": [{\"emotions\": [{\"score\": 1" + "0".repeat(1500) + "}]}]}";

        assertThatThrownBy(() -> json.read(bytes(lane), "twice.json"))
                .hasMessageStartingWith("twice.json:1:")
                .hasMessageContaining("the field 'kind' is given twice")
                .hasMessageNotContaining("creator property");
        assertThatThrownBy(() -> json.read(bytes(deep), "deep.json"))
                .hasMessageStartingWith("deep.json")
                .hasMessageContaining("nests lists and objects more than 64 deep")
                .hasMessageNotContaining("StreamReadConstraints");
        assertThatThrownBy(() -> json.read(bytes(number), "number.json"))
                .hasMessageStartingWith("number.json")
                .hasMessageContaining("a number has more digits")
                .hasMessageNotContaining("StreamReadConstraints");
    }

    @Test
    void documentThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> json.read(bytes("[1, 2]"), "list.json"))
                .hasMessageContaining("a Journeyboard file is a JSON object");
        assertThatThrownBy(() -> json.read(bytes("{\"formatVersion\": 1} {}"), "two.json"))
                .isInstanceOf(FormatException.class);
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i <= WorkspaceJson.MAX_BYTES / chunk.length; i++) {
                out.write(chunk);
            }
        }

        assertThatThrownBy(() -> json.read(big)).hasMessageContaining("may hold at most");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
