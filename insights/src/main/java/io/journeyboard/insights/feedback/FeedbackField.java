package io.journeyboard.insights.feedback;

import io.journeyboard.problems.Setting;
import java.util.Locale;

/** The fields a feedback row can carry; only {@link #TEXT} is required. */
public enum FeedbackField {
    TEXT,
    ID,
    DATE,
    RATING,
    CHANNEL,
    STAGE,
    CUSTOMER,
    SOURCE;

    /** The column name used when the mapping does not name one, e.g. {@code text}. */
    public String defaultHeader() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The setting that names this field's column, as every front calls it: {@code text} with {@code COLUMN}. */
    public Setting setting() {
        return new Setting(defaultHeader(), "COLUMN");
    }
}
