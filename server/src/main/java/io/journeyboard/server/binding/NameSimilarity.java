package io.journeyboard.server.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How alike a step's name and an activity's name are, from 0 to 1: the better of word overlap (words
 * reduced to a crude stem, a word matching another it begins, "submit" ~ "submitted") and the edit
 * distance of the names run together. Prefixes such as BPI's {@code A_}, {@code O_}, {@code W_} are
 * single letters and are left out. A guess for a person to confirm, never applied on its own.
 */
final class NameSimilarity {

    private static final int MIN_PREFIX = 4;

    private NameSimilarity() {}

    static double of(String stepName, String activity) {
        List<String> a = words(stepName);
        List<String> b = words(activity);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return Math.max(
                overlap(a, b),
                1
                        - (double) distance(String.join("", a), String.join("", b))
                                / Math.max(
                                        String.join("", a).length(),
                                        String.join("", b).length()));
    }

    private static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : spaced.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1) {
                words.add(stem(word));
            }
        }
        return words;
    }

    private static String stem(String word) {
        for (String suffix : new String[] {"ation", "ing", "ed", "es", "s"}) {
            if (word.length() - suffix.length() >= MIN_PREFIX && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /** Dice coefficient over words, where two words match when one begins with the other (at least 4 letters). */
    private static double overlap(List<String> a, List<String> b) {
        int matched = 0;
        List<String> left = new ArrayList<>(b);
        for (String word : a) {
            for (int i = 0; i < left.size(); i++) {
                if (alike(word, left.get(i))) {
                    matched++;
                    left.remove(i);
                    break;
                }
            }
        }
        return 2.0 * matched / (a.size() + b.size());
    }

    private static boolean alike(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.equals(longer) || shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
