package io.journeyboard.analytics.fuzz;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule every event-log fuzz target checks: reading any bytes either succeeds or fails with
 * the importer's documented {@link BadInputException}, whose message names the file and speaks in
 * words a user can act on (no Java class names, no library internals). Anything else escapes and is
 * a finding. Public for the fuzz targets of formats plugged in from other modules.
 */
public final class BadInputOnly {

    /** A qualified class name, a bare exception type, or a stack frame: the signs of a leaked internal message. */
    private static final Pattern INTERNALS =
            Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|io)\\.[a-z]\\w*\\.[\\w.$]*[A-Z]\\w*"
                    + "|\\b\\w*(?:Exception|Error)\\b|\\bat [\\w.$]+\\(");

    private static final Path DIRECTORY = temporaryDirectory();

    private BadInputOnly() {}

    /** Writes {@code content} to a file called {@code name} and reads it as an event log with the default options. */
    public static void readLog(byte[] content, String name) {
        Path file = DIRECTORY.resolve(name);
        try {
            Files.write(file, content);
            EventLogReader.read(file, LogReadOptions.defaults());
        } catch (BadInputException e) {
            checkMessage(e.getMessage(), name, new String(content, StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            throw new AssertionError(name + ": an IOException escaped the importer instead of a located message", e);
        }
    }

    private static void checkMessage(String message, String name, String input, Throwable cause) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("the bad-input message is empty", cause);
        }
        if (!message.contains(name)) {
            throw new AssertionError("the bad-input message does not name the file " + name + ": " + message, cause);
        }
        Matcher internal = INTERNALS.matcher(message);
        while (internal.find()) {
            // The user's own text quoted back ("'Go upsException' is not a task") is not a leak.
            if (!input.contains(internal.group())) {
                throw new AssertionError("the bad-input message shows Java or library internals: " + message, cause);
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("journeyboard-fuzz-");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
