package io.journeyboard.model.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The rule for {@code formatVersion}: a whole number from 1 to the version this program writes. */
final class FormatVersion {

    private FormatVersion() {}

    static void check(JsonParser parser, JsonToken value, String source) throws IOException, FormatException {
        int line = parser.currentTokenLocation().getLineNr();
        int column = parser.currentTokenLocation().getColumnNr();
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new FormatException(
                    source,
                    line,
                    column,
                    "formatVersion must be a whole number such as " + WorkspaceJson.FORMAT_VERSION + ", not "
                            + parser.getText());
        }
        long version = parser.getLongValue();
        if (version > WorkspaceJson.FORMAT_VERSION) {
            throw new FormatException(
                    source,
                    line,
                    column,
                    "formatVersion: this file has format version " + version
                            + ", written by a newer Journeyboard; this one reads versions up to "
                            + WorkspaceJson.FORMAT_VERSION
                            + ". Upgrade Journeyboard to open it.");
        }
        if (version < 1) {
            throw new FormatException(
                    source, line, column, "formatVersion: " + version + " is not a format version; the first is 1");
        }
    }
}
