package io.journeyboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.journeyboard.server.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed statement reaches the log without the values it was run with. */
class LoggedFailureTest {

    private static final String HASH = "$2a$11$abcdefghijklmnopqrstuvCDEFGHIJKLMNOPQRSTUVWXYZ0123456";

    @Test
    void aDatabaseErrorIsLoggedWithoutTheValuesItQuotes(@TempDir Path data) {
        try (Database database = Database.embedded(data)) {
            Throwable failure = catchThrowable(() -> database.jdbi().useHandle(handle -> {
                handle.execute("CREATE TABLE secrets (hash VARCHAR(10))");
                handle.execute("INSERT INTO secrets (hash) VALUES (?)", HASH);
            }));

            assertThat(logged(failure))
                    .as("the raw failure quotes it, which is why it is redacted")
                    .contains(HASH);
            assertThat(logged(LoggedFailure.of(failure)))
                    .doesNotContain(HASH)
                    .contains("SQL state 22001", "message withheld");
        }
    }

    @Test
    void otherFailuresAreLoggedAsTheyAre() {
        IllegalStateException failure = new IllegalStateException("no database here");

        assertThat(LoggedFailure.of(failure)).isSameAs(failure);
    }

    private static String logged(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
