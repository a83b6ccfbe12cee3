package io.journeyboard.cli.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsEvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsAccuracyPerClassMacroF1AndTheNmiOfThemesOnLabelledSentences() throws IOException {
        Path sentences = Files.write(
                dir.resolve("labelled.txt"),
                Files.readAllLines(YelpFile.path()).subList(0, 120),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("insights-eval", sentences.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("120 items, 2 distinct labels in 'label'")
                .containsPattern("sentiment: accuracy 0\\.\\d{3}, macro-F1 0\\.\\d{3} \\(2 classes\\)")
                .contains("  negative ")
                .contains("  positive ")
                .containsPattern("NMI between themes and labels 0\\.\\d{3}");
    }

    @Test
    void aLabelColumnTheTableLacksIsNamedWithTheColumnsItHas() throws IOException {
        Path table = Files.write(
                dir.resolve("queries.csv"),
                List.of("text,category", "where is my card,card_arrival"),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("insights-eval", table.toString(), "--label", "reason");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err())
                .contains("queries.csv:1: column 'reason'")
                .contains("the header has no column 'reason'")
                .contains("text")
                .contains("category")
                .doesNotContain("Exception");
    }
}
