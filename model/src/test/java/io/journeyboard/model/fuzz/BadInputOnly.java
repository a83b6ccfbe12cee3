package io.journeyboard.model.fuzz;

import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule every model fuzz target checks: reading any bytes either gives a workspace that the
 * validator can judge without failing, or fails with the documented {@link FormatException}, whose
 * message names the source and speaks in words a user can act on (no Java class names, no library
 * internals). Anything else escapes and is a finding.
 */
final class BadInputOnly {

    /** A qualified class name, a bare exception type, or a stack frame: the signs of a leaked internal message. */
    private static final Pattern INTERNALS =
            Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|io)\\.[a-z]\\w*\\.[\\w.$]*[A-Z]\\w*"
                    + "|\\b\\w*(?:Exception|Error)\\b|\\bat [\\w.$]+\\(");

    private static final WorkspaceValidator VALIDATOR = new WorkspaceValidator();

    private BadInputOnly() {}

    /** The import under test, applied to the fuzzed input. */
    interface Reader {
        Workspace read() throws FormatException;
    }

    /** Reads {@code content} (named {@code source} in messages) with {@code reader}, then validates the result. */
    static void readAndValidate(byte[] content, String source, Reader reader) {
        Workspace workspace;
        try {
            workspace = reader.read();
        } catch (FormatException e) {
            checkMessage(e.getMessage(), source, new String(content, StandardCharsets.UTF_8), e);
            return;
        }
        VALIDATOR.validate(workspace);
    }

    private static void checkMessage(String message, String source, String input, Throwable cause) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("the bad-input message is empty", cause);
        }
        if (!message.contains(source)) {
            throw new AssertionError("the bad-input message does not name " + source + ": " + message, cause);
        }
        Matcher internal = INTERNALS.matcher(message);
        while (internal.find()) {
            // The user's own text quoted back ("'Go upsException' is not a task") is not a leak.
            if (!input.contains(internal.group())) {
                throw new AssertionError("the bad-input message shows Java or library internals: " + message, cause);
            }
        }
    }
}
