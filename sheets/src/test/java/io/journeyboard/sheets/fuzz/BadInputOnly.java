package io.journeyboard.sheets.fuzz;

import io.journeyboard.model.template.Templates;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.sheets.table.TableImport;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule every table fuzz target checks: importing any bytes as a card or opportunity table
 * into a real template either succeeds or fails with the documented {@link BadInputException},
 * whose message names the file and speaks in words a user can act on (no Java class names, no
 * library internals). Anything else escapes and is a finding.
 */
final class BadInputOnly {

    /** A qualified class name, a bare exception type, or a stack frame: the signs of a leaked internal message. */
    private static final Pattern INTERNALS =
            Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|io)\\.[a-z]\\w*\\.[\\w.$]*[A-Z]\\w*"
                    + "|\\b\\w*(?:Exception|Error)\\b|\\bat [\\w.$]+\\(");

    private static final Workspace TEMPLATE = template();
    private static final TableImport IMPORT = new TableImport();

    private BadInputOnly() {}

    /** Imports {@code content}, named {@code fileName}, into the first journey of the e-commerce template. */
    static void importTable(byte[] content, String fileName) {
        try {
            IMPORT.apply(TEMPLATE, null, content, fileName);
        } catch (BadInputException e) {
            checkMessage(e.getMessage(), fileName, new String(content, StandardCharsets.UTF_8), e);
        }
    }

    private static void checkMessage(String message, String fileName, String input, Throwable cause) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("the bad-input message is empty", cause);
        }
        if (!message.contains(fileName)) {
            throw new AssertionError("the bad-input message does not name " + fileName + ": " + message, cause);
        }
        Matcher internal = INTERNALS.matcher(message);
        while (internal.find()) {
            // The user's own text quoted back ("'Go upsException' is not a task") is not a leak.
            if (!input.contains(internal.group())) {
                throw new AssertionError("the bad-input message shows Java or library internals: " + message, cause);
            }
        }
    }

    private static Workspace template() {
        Templates templates = new Templates();
        return templates.load(templates.find("ecommerce").orElseThrow());
    }
}
