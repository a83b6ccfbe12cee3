package io.journeyboard.analytics.log;

/** What a column (CSV, JSON lines) or an attribute (XES) means to the analysis. */
public enum Role {
    CASE("--case"),
    ACTIVITY("--activity"),
    TIME("--time"),
    CHANNEL("--channel"),
    STAGE("--stage"),
    RESOURCE("--resource"),
    SCORE("--score"),
    TEXT("--text");

    private final String flag;

    Role(String flag) {
        this.flag = flag;
    }

    /** The command-line flag that maps this role, named in messages that tell the user how to fix a mapping. */
    public String flag() {
        return flag;
    }

    /** Case, activity and time are required; every other role is optional. */
    public boolean required() {
        return this == CASE || this == ACTIVITY || this == TIME;
    }
}
