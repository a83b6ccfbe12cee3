package io.journeyboard.analytics.log;

import io.journeyboard.problems.BadInputException;
import java.util.Arrays;

/**
 * Keeps the cases in which some event has {@code value} in {@code column}: the mapped channel, stage
 * or resource column (named by its role or its column name) or an extra attribute column read for
 * filtering.
 */
public record CaseFilter(String column, String value) {

    /** Parses {@code column=value}. */
    public static CaseFilter parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("a case filter reads column=value, got \"" + text + "\"");
        }
        return new CaseFilter(
                text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    /** One flag per case: does it pass the filter. */
    public boolean[] matches(EventLog log) {
        Categorical categorical = find(log);
        boolean[] keep = new boolean[log.caseCount()];
        int code = Arrays.asList(categorical.values()).indexOf(value);
        for (int c = 0; c < log.caseCount() && code >= 0; c++) {
            for (int e = log.caseStart()[c]; e < log.caseStart()[c + 1] && !keep[c]; e++) {
                keep[c] = categorical.codes()[e] == code;
            }
        }
        return keep;
    }

    private Categorical find(EventLog log) {
        for (Categorical candidate : new Categorical[] {log.channel(), log.stage(), log.resource()}) {
            if (candidate != null
                    && (candidate.name().equals(column)
                            || roleName(candidate, log).equals(column))) {
                return candidate;
            }
        }
        Categorical attribute = log.attributes().get(column);
        if (attribute == null) {
            throw BadInputException.whole(
                    "the filter",
                    "cannot filter on \"" + column + "\": the log was not read with that column",
                    "name channel, stage, resource or a column of the log");
        }
        return attribute;
    }

    private static String roleName(Categorical candidate, EventLog log) {
        return candidate == log.channel() ? "channel" : candidate == log.stage() ? "stage" : "resource";
    }
}
