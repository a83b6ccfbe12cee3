package io.journeyboard.server.evidence;

import io.journeyboard.server.evidence.EvidenceHistory.FieldChange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A change to an evidence record as one sentence: "Ada changed the source from “a.csv” to “b.csv” on …". */
final class ChangeSentence {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "kind", "the kind",
            "summary", "the text",
            "source", "the source",
            "recorded", "the date",
            "url", "the link");
    /** Longer values are cut in a sentence; the entry's fields hold them whole. */
    private static final int SHOWN = 80;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ChangeSentence() {}

    static String of(String action, String by, Instant at, List<FieldChange> fields) {
        String when = " on " + WHEN.format(at) + ".";
        return switch (action) {
            case EvidenceHistory.ADDED -> by + " added the record" + when;
            case EvidenceHistory.DELETED -> by + " deleted the record" + when;
            default ->
                by + " changed "
                        + joined(fields.stream().map(ChangeSentence::part).toList()) + when;
        };
    }

    private static String part(FieldChange change) {
        String name = FIELD_NAMES.getOrDefault(change.field(), change.field());
        if (change.before() == null) {
            return name + " to " + quoted(change.after()) + " (it was empty)";
        }
        if (change.after() == null) {
            return name + " from " + quoted(change.before()) + " to nothing";
        }
        return name + " from " + quoted(change.before()) + " to " + quoted(change.after());
    }

    private static String quoted(String value) {
        String shown =
                value.length() <= SHOWN ? value : value.substring(0, SHOWN - 1).stripTrailing() + "…";
        return "“" + shown + "”";
    }

    private static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "nothing" : parts.getFirst();
        }
        List<String> head = new ArrayList<>(parts.subList(0, parts.size() - 1));
        return String.join(", ", head) + " and " + parts.getLast();
    }
}
