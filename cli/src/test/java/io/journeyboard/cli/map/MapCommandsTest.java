package io.journeyboard.cli.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.cli.CliRun;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import io.journeyboard.model.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCommandsTest {

    @TempDir
    Path dir;

    @Test
    void newMapFromTemplateValidates() {
        Path map = dir.resolve("m.json");

        CliRun created = CliRun.of("new", "--template", "ecommerce", "-o", map.toString());
        CliRun validated = CliRun.of("validate", map.toString());

        assertThat(created.exitCode()).isZero();
        assertThat(map).exists();
        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(validated.out()).contains("m.json: valid");
    }

    @Test
    void everyTemplateIsListedAndCreatesAValidMap() {
        CliRun listed = CliRun.of("templates");

        assertThat(new Templates().list()).hasSizeGreaterThanOrEqualTo(5);
        for (Template template : new Templates().list()) {
            Path map = dir.resolve(template.name() + ".json");
            assertThat(listed.out()).contains(template.name(), template.title());
            assertThat(CliRun.of("new", "-t", template.name(), "-o", map.toString())
                            .exitCode())
                    .isZero();
            assertThat(CliRun.of("validate", map.toString()).exitCode()).isZero();
        }
    }

    @Test
    void invalidMapListsEveryProblemAndExitsOne() throws Exception {
        Path map = dir.resolve("bad.json");
        Files.writeString(map, """
                {"formatVersion": 1, "name": "",
                 "journeys": [{"id": "j", "name": "J", "state": "current",
                   "stages": [{"id": "s", "name": " ", "steps": [{"id": "t", "name": "Step"}]}],
                   "emotions": [{"personaId": "ghost", "stepId": "t", "score": 0}]}]}
                """);

        CliRun run = CliRun.of("validate", map.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "bad.json: 3 problems",
                        "name: must not be blank",
                        "journeys[0].stages[0].name: must not be blank",
                        "journeys[0].emotions[0].personaId: refers to persona (of this journey) 'ghost', which does not exist");
    }

    @Test
    void malformedJsonIsReportedWithFileLineAndColumn() throws Exception {
        Path map = dir.resolve("broken.json");
        Files.writeString(map, "{\"formatVersion\": 1,\n  \"name\": \"Shop\"\n  \"journeys\": []}");

        CliRun run = CliRun.of("validate", map.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(map + ":3:3: malformed JSON");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("new", "-o", dir.resolve("x.json").toString()).exitCode())
                .isEqualTo(2);
        CliRun unknown =
                CliRun.of("new", "-t", "spaceship", "-o", dir.resolve("x.json").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown template 'spaceship'; choose one of: ecommerce");
    }

    @Test
    void missingFileIsAProblemNotACrash() {
        CliRun run = CliRun.of("validate", dir.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere.json: no such file");
    }

    @Test
    void convertGoesToMermaidAndBackWithWarnings() throws Exception {
        Path json = dir.resolve("m.json");
        Path mermaid = dir.resolve("m.mmd");
        Path back = dir.resolve("back.json");
        CliRun.of("new", "-t", "ecommerce", "-o", json.toString());

        CliRun toMermaid = CliRun.of("convert", json.toString(), mermaid.toString());
        CliRun toJson = CliRun.of("convert", mermaid.toString(), back.toString());

        assertThat(toMermaid.exitCode()).isZero();
        assertThat(toMermaid.err()).contains("warning: cards dropped");
        assertThat(Files.readString(mermaid)).startsWith("journey\n    title ");
        assertThat(toJson.exitCode()).isZero();
        Workspace original = new WorkspaceJson().read(json);
        Workspace roundTrip = new WorkspaceJson().read(back);
        assertThat(roundTrip.journeys().getFirst().stages())
                .extracting(s -> s.name())
                .containsExactlyElementsOf(original.journeys().getFirst().stages().stream()
                        .map(s -> s.name())
                        .toList());
        assertThat(roundTrip.journeys().getFirst().steps().count())
                .isEqualTo(original.journeys().getFirst().steps().count());
    }

    @Test
    void helpAndVersionWorkOnEveryCommand() {
        for (String command : new String[] {"new", "templates", "validate", "convert"}) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: journeyboard " + command);
        }
        assertThat(CliRun.of("--version").out()).startsWith("journeyboard ");
    }
}
