package io.journeyboard.analytics.log;

/** What to do with a bad row: stop and produce nothing ({@link #FAIL}), or skip it, count it and go on. */
public enum OnError {
    FAIL,
    SKIP
}
