package io.journeyboard.cli.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentEvalCommandTest {

    @Test
    void printsTheAccuracyOfEveryMethodOnTheYelpSentences() {
        CliRun run = CliRun.of("sentiment-eval", YelpFile.path().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("1000 sentences (500 positive)")
                .contains("lexicon ")
                .contains("anchors ");
        Matcher combined =
                Pattern.compile("combined\\s+accuracy (\\d\\.\\d{3})").matcher(run.out());
        assertThat(combined.find()).isTrue();
        assertThat(Double.parseDouble(combined.group(1))).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void reportsEveryMalformedLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("labels.txt"), "Good food\t1\nNo label here\nBad\tmaybe\n");

        CliRun run = CliRun.of("sentiment-eval", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("labels.txt:2").contains("labels.txt:3").contains("sentence<TAB>1");
    }
}
