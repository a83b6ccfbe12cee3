package io.journeyboard.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BadInputExceptionTest {

    private static final Setting.Wording FLAG = setting -> "--" + setting.name() + " " + setting.value();

    @Test
    void oneProblemIsOneLineNamingThePlaceAndTheSettingInTheFrontsWords() {
        BadInputException e = new BadInputException(new InputProblem(
                "log.csv", 0, null, null, "no case column found", "name it", new Setting("case", "NAME")));

        assertThat(e.describe(FLAG)).isEqualTo("log.csv: no case column found; name it with --case NAME");
        assertThat(e.getMessage()).isEqualTo("log.csv: no case column found; name it with the setting case=NAME");
    }

    @Test
    void manyProblemsAreListedWithTheirCountAndTheRemedyForAll() {
        List<InputProblem> shown = List.of(
                new InputProblem("log.csv", 3, "time", "soon", "not a timestamp", "use ISO-8601"),
                new InputProblem("log.csv", 7, "time", "x".repeat(80), "not a timestamp", "use ISO-8601"));
        BadInputException e = new BadInputException(
                shown, 5, new BadInputException.Remedy("leave bad rows out", new Setting("on-error", "skip")));

        assertThat(e.describe(FLAG))
                .startsWith("5 problems in log.csv, nothing was imported:\n"
                        + "  log.csv:3: column 'time' \"soon\" not a timestamp; use ISO-8601\n"
                        + "  log.csv:7: column 'time' \"" + "x".repeat(60) + "…\" not a timestamp")
                .endsWith("\n  … and 3 more (or leave bad rows out with --on-error skip)");
    }
}
