package io.journeyboard.analytics.segment;

import io.journeyboard.analytics.log.Categorical;
import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One attribute's value per case: the first non-empty value among the case's events (a case attribute
 * repeated on every event, such as a channel, gives that value; an event attribute gives the first one
 * seen). {@code codeOfCase[c]} indexes {@code values}, or is -1 when the case has no value.
 */
public record CaseValues(String attribute, String[] values, int[] codeOfCase) {

    /** The value of case {@code c}, or null. */
    public String valueOf(int c) {
        int code = codeOfCase[c];
        return code < 0 ? null : values[code];
    }

    /** The attribute columns of a log by name: channel, stage and resource by their role name, then the others. */
    public static List<String> attributeNames(EventLog log) {
        List<String> names = new ArrayList<>();
        for (String role : List.of("channel", "stage", "resource")) {
            if (column(log, role) != null) {
                names.add(role);
            }
        }
        log.attributes().keySet().stream()
                .sorted()
                .filter(name -> !names.contains(name))
                .forEach(names::add);
        return names;
    }

    /** Each case's value of the attribute {@code name}; an unknown name is refused with the names there are. */
    public static CaseValues of(EventLog log, String name) {
        Categorical column = column(log, name);
        if (column == null) {
            throw new IllegalArgumentException(
                    "the log has no attribute \"" + name + "\"; its attributes are " + attributeNames(log));
        }
        int[] codes = new int[log.caseCount()];
        Arrays.fill(codes, -1);
        int[] start = log.caseStart();
        for (int c = 0; c < codes.length; c++) {
            for (int e = start[c]; e < start[c + 1] && codes[c] < 0; e++) {
                codes[c] = column.codes()[e];
            }
        }
        return new CaseValues(name, column.values(), codes);
    }

    private static Categorical column(EventLog log, String name) {
        return switch (name) {
            case "channel" -> log.channel();
            case "stage" -> log.stage();
            case "resource" -> log.resource();
            default -> log.attributes().get(name);
        };
    }
}
