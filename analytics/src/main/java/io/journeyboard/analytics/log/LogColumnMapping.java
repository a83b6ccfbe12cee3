package io.journeyboard.analytics.log;

import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column (CSV, JSON lines) or attribute key (XES) plays which {@link LogColumnRole}. Roles not given are
 * detected from common names ({@code case:concept:name}, {@code CaseID}, {@code timestamp}, …);
 * {@code attributes} are extra columns kept for filtering cases.
 */
public record LogColumnMapping(Map<LogColumnRole, String> given, List<String> attributes) {

    private static final Map<LogColumnRole, List<String>> COMMON_NAMES = new EnumMap<>(Map.of(
            LogColumnRole.CASE,
                    List.of(
                            "caseconceptname",
                            "caseid",
                            "case",
                            "traceid",
                            "journeyid",
                            "sessionid",
                            "customerid",
                            "userid"),
            LogColumnRole.ACTIVITY,
                    List.of(
                            "conceptname",
                            "activity",
                            "activityname",
                            "event",
                            "eventname",
                            "action",
                            "touchpoint",
                            "step",
                            "task"),
            LogColumnRole.TIME, List.of("timetimestamp", "timestamp", "time", "datetime", "eventtime", "ts", "date"),
            LogColumnRole.CHANNEL, List.of("channel", "casechannel", "medium"),
            LogColumnRole.STAGE, List.of("stage", "phase", "journeystage"),
            LogColumnRole.RESOURCE, List.of("orgresource", "resource", "agent", "employee"),
            LogColumnRole.SCORE, List.of("score", "csat", "nps", "rating", "ces"),
            LogColumnRole.TEXT, List.of("text", "comment", "feedback", "verbatim")));

    public LogColumnMapping {
        given = Map.copyOf(given);
        attributes = List.copyOf(attributes);
    }

    /** Every role detected from the column names. */
    public static LogColumnMapping detect() {
        return new LogColumnMapping(Map.of(), List.of());
    }

    /** Resolves the roles against a header; fails with the available names when a required one is missing. */
    public ResolvedColumns resolve(List<String> names, String file) {
        int[] fieldOfRole = new int[LogColumnRole.values().length];
        String[] nameOfRole = new String[fieldOfRole.length];
        List<LogColumnRole> detected = new ArrayList<>();
        for (LogColumnRole role : LogColumnRole.values()) {
            String name = given.get(role);
            int field = name != null ? names.indexOf(name) : detectedField(role, names, fieldOfRole, nameOfRole);
            if (name != null && field < 0) {
                throw new BadInputException(new InputProblem(
                        file,
                        0,
                        null,
                        null,
                        "column \"" + name
                                + "\" given as the " + role.settingName()
                                + " column is not in the header; the columns are "
                                + names,
                        "name one of them",
                        role.setting()));
            }
            if (name == null && field >= 0) {
                detected.add(role);
            }
            if (field < 0 && role.required()) {
                throw new BadInputException(new InputProblem(
                        file,
                        0,
                        null,
                        null,
                        "no " + role.settingName() + " column found; the columns are " + names,
                        "name it",
                        role.setting()));
            }
            fieldOfRole[role.ordinal()] = field;
            nameOfRole[role.ordinal()] = field >= 0 ? names.get(field) : null;
        }
        int[] attributeFields = new int[attributes.size()];
        for (int i = 0; i < attributeFields.length; i++) {
            attributeFields[i] = names.indexOf(attributes.get(i));
            if (attributeFields[i] < 0) {
                throw BadInputException.whole(
                        file,
                        "filter column \"" + attributes.get(i) + "\" is not in the header; the columns are " + names,
                        "filter on one of them");
            }
        }
        return new ResolvedColumns(fieldOfRole, nameOfRole, List.copyOf(detected), attributes, attributeFields);
    }

    private static int detectedField(LogColumnRole role, List<String> names, int[] fieldOfRole, String[] nameOfRole) {
        for (String common : COMMON_NAMES.get(role)) {
            for (int i = 0; i < names.size(); i++) {
                if (normalize(names.get(i)).equals(common) && !alreadyTaken(i, role, fieldOfRole, nameOfRole)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean alreadyTaken(int field, LogColumnRole role, int[] fieldOfRole, String[] nameOfRole) {
        for (int r = 0; r < role.ordinal(); r++) {
            if (nameOfRole[r] != null && fieldOfRole[r] == field) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The outcome of {@link #resolve}: field index and name per role (-1 and null when absent). */
    public record ResolvedColumns(
            int[] fieldOfRole,
            String[] nameOfRole,
            List<LogColumnRole> detected,
            List<String> attributes,
            int[] attributeFields) {

        public int field(LogColumnRole role) {
            return fieldOfRole[role.ordinal()];
        }

        public String name(LogColumnRole role) {
            return nameOfRole[role.ordinal()];
        }

        public boolean has(LogColumnRole role) {
            return fieldOfRole[role.ordinal()] >= 0;
        }
    }
}
