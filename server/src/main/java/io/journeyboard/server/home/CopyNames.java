package io.journeyboard.server.home;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and ids for copies of a journey (a duplicate, a second start from the same template): "Onboarding (copy)",
 * then "Onboarding (copy 2)", the first one no journey of the workspace has. A copy of a copy is named from the
 * original, so copies never read "(copy) (copy)".
 */
public final class CopyNames {

    private static final Pattern COPY_SUFFIX = Pattern.compile("^(.*?) \\(copy(?: (\\d+))?\\)$");

    private CopyNames() {}

    /** Names as {@link #next} and {@link #distinct} compare them: in lower case, so "Onboarding" takes "onboarding". */
    public static Set<String> taken(Collection<String> names) {
        Set<String> lower = new HashSet<>();
        names.forEach(name -> lower.add(key(name)));
        return lower;
    }

    /** The name for a copy of a journey named {@code name}; {@code taken} comes from {@link #taken}. */
    public static String next(String name, Set<String> taken) {
        String base = baseOf(name.strip());
        String candidate = base + " (copy)";
        for (int n = 2; taken.contains(key(candidate)); n++) {
            candidate = base + " (copy " + n + ")";
        }
        return candidate;
    }

    /** {@code name}, unless a journey already has it: then the name of a copy. Adds the answer to {@code taken}. */
    public static String distinct(String name, Set<String> taken) {
        String distinct = taken.contains(key(name)) ? next(name, taken) : name;
        taken.add(key(distinct));
        return distinct;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** An id for the copy of journey {@code id}: {@code id-copy}, {@code id-copy-2}, ... none of {@code taken}. */
    public static String nextId(String id, Collection<String> taken) {
        String base = id.replaceFirst("-copy(-\\d+)?$", "");
        String candidate = base + "-copy";
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-copy-" + n;
        }
        return candidate;
    }

    private static String baseOf(String name) {
        Matcher copy = COPY_SUFFIX.matcher(name);
        return copy.matches() ? copy.group(1) : name;
    }
}
