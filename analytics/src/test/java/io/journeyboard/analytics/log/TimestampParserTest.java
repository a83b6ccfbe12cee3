package io.journeyboard.analytics.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {

    @ParameterizedTest
    @CsvSource({
        "2011-10-01T00:38:44.546+02:00, 2011-09-30T22:38:44.546Z",
        "2011-10-11 13:45:40.276000+02:00, 2011-10-11T11:45:40.276Z",
        "2010-12-30 10:02:00+00:00, 2010-12-30T10:02:00Z",
        "2024-02-29T23:59:59Z, 2024-02-29T23:59:59Z",
        "2024-03-01T08:00:00, 2024-03-01T08:00:00Z",
        "2024-03-01T08:00, 2024-03-01T08:00:00Z",
        "2024-03-01, 2024-03-01T00:00:00Z",
        "2024-03-01T08:00:00.123456789-0530, 2024-03-01T13:30:00.123456Z",
        "2024-03-01T08:00:00+01, 2024-03-01T07:00:00Z",
        "1709280000, 2024-03-01T08:00:00Z",
        "1709280000.25, 2024-03-01T08:00:00.250Z",
        "1709280000123, 2024-03-01T08:00:00.123Z"
    })
    void parsesTheCommonFormsToUtcMicros(String text, String expected) {
        Instant instant = Instant.parse(expected);
        assertThat(TimestampParser.parse(text))
                .isEqualTo(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "2024-13-01",
                "2023-02-29",
                "2024-03-01T25:00:00",
                "2024-03-01T08:00:00+5",
                "2024-03-01X08:00",
                "01/03/2024",
                "2024-03-01T08:00:00.",
                "12a",
                "1709280000123.5"
            })
    void refusesAnythingElse(String text) {
        assertThat(TimestampParser.parse(text)).isEqualTo(TimestampParser.INVALID);
    }

    @Test
    void agreesWithJavaTimeOnRandomInstantsAndOffsets() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            LocalDate date = LocalDate.of(1900 + random.nextInt(300), 1 + random.nextInt(12), 1 + random.nextInt(28));
            OffsetDateTime time = date.atTime(
                            random.nextInt(24),
                            random.nextInt(60),
                            random.nextInt(60),
                            random.nextInt(1_000_000) * 1000)
                    .atOffset(ZoneOffset.ofTotalSeconds((random.nextInt(53) - 24) * 1800));
            String text = time.toString();
            Instant instant = time.toInstant();
            assertThat(TimestampParser.parse(text))
                    .as(text)
                    .isEqualTo(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000);
        }
    }
}
