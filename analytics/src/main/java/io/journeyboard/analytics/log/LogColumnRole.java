package io.journeyboard.analytics.log;

import io.journeyboard.problems.Setting;
import java.util.Locale;

/** What a column (CSV, JSON lines) or an attribute (XES) means to the analysis. */
public enum LogColumnRole {
    CASE,
    ACTIVITY,
    TIME,
    CHANNEL,
    STAGE,
    RESOURCE,
    SCORE,
    TEXT;

    /** The setting that names this role's column ({@code case}, {@code time}, …), as every front calls it. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The setting to give when this role's column must be named. */
    public Setting setting() {
        return new Setting(settingName(), "NAME");
    }

    /** Case, activity and time are required; every other role is optional. */
    public boolean required() {
        return this == CASE || this == ACTIVITY || this == TIME;
    }
}
