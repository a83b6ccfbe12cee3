package io.journeyboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The request line's time, written without String.format since it is written for every request. */
class RequestLogTest {

    @Test
    void millisecondsAreWrittenWithOneDecimalAsPercentFWouldWriteThem() {
        for (long nanos : new long[] {0, 49_999, 50_000, 950_000, 1_234_567, 12_345_678_901L}) {
            assertThat(RequestLog.tenths(nanos))
                    .as("%d ns", nanos)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", Math.round(nanos / 100_000.0) / 10.0));
        }
    }
}
