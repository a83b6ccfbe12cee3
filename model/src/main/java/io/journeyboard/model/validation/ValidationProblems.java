package io.journeyboard.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects problems while the validators walk a workspace, with the checks they share. */
final class ValidationProblems {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");
    static final int MAX_TEXT = 10_000;

    private final List<Problem> found = new ArrayList<>();

    void add(String path, String message) {
        found.add(new Problem(path, message));
    }

    void check(boolean ok, String path, String message) {
        if (!ok) {
            add(path, message);
        }
    }

    /** A required text: present, not blank, and of a size a map can show. */
    void notBlank(String value, String path) {
        if (value == null || value.isBlank()) {
            add(path, "must not be blank");
        } else {
            maxLength(value, path);
        }
    }

    void maxLength(String value, String path) {
        if (value != null && value.length() > MAX_TEXT) {
            add(path, "is " + value.length() + " characters long; at most " + MAX_TEXT + " are allowed");
        }
    }

    void required(Object value, String path) {
        if (value == null) {
            add(path, "is required");
        }
    }

    /** An identifier: present, well formed, and not used twice among {@code seen}. */
    void id(String id, String path, Set<String> seen) {
        if (id == null || id.isBlank()) {
            add(path, "must not be blank");
        } else if (!ID.matcher(id).matches()) {
            add(
                    path,
                    "'" + id
                            + "' is not a valid id; use 1 to 100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit");
        } else if (!seen.add(id)) {
            add(path, "'" + id + "' is used twice; ids must be unique");
        }
    }

    /** Every id in {@code refs} must name one of {@code known}; {@code what} names the kind for the message. */
    void references(Collection<String> refs, Set<String> known, String path, String what) {
        int i = 0;
        for (String ref : refs) {
            reference(ref, known, path + "[" + i++ + "]", what);
        }
    }

    void reference(String ref, Set<String> known, String path, String what) {
        if (ref == null || ref.isBlank()) {
            add(path, "must not be blank");
        } else if (!known.contains(ref)) {
            add(path, "refers to " + what + " '" + ref + "', which does not exist");
        }
    }

    List<Problem> list() {
        return List.copyOf(found);
    }

    static Set<String> newIdSet() {
        return new HashSet<>();
    }
}
