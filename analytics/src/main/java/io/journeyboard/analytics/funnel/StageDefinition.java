package io.journeyboard.analytics.funnel;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One funnel stage: its name, the activities that mark it (exact names, or glob patterns where
 * {@code *} is any text and {@code ?} one character) and whether a case may skip it. A journey map
 * adapter produces these from a map's stages and steps.
 */
public record StageDefinition(String name, List<String> activities, boolean optional) implements Serializable {

    public StageDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stage needs a name");
        }
        if (activities == null || activities.isEmpty()) {
            throw new IllegalArgumentException("stage \"" + name + "\" needs at least one activity or pattern");
        }
        activities = List.copyOf(activities);
    }

    /** Does {@code activity} belong to this stage. */
    public boolean matches(String activity) {
        for (String pattern : activities) {
            if (pattern.equals(activity)
                    || (isGlob(pattern) && glob(pattern).matcher(activity).matches())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGlob(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("(?<=[*?])|(?=[*?])")) {
            regex.append(
                    switch (part) {
                        case "*" -> ".*";
                        case "?" -> ".";
                        default -> Pattern.quote(part);
                    });
        }
        return Pattern.compile(regex.toString());
    }
}
