package io.journeyboard.analytics.log;

import io.journeyboard.problems.Setting;
import java.util.Locale;

/** What to do with a bad row: stop and produce nothing ({@link #FAIL}), or skip it, count it and go on. */
public enum OnError {
    FAIL,
    SKIP;

    /** The name of the setting that chooses, as every front calls it. */
    public static final String SETTING = "on-error";

    /** The setting that chooses this behaviour: {@code on-error} with {@code skip}. */
    public Setting setting() {
        return new Setting(SETTING, name().toLowerCase(Locale.ROOT));
    }
}
