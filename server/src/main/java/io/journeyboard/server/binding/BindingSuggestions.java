package io.journeyboard.server.binding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * For each step, the activities of a dataset most like its name ({@link NameSimilarity}), best first,
 * each with its confidence. Only candidates above {@link #MIN_CONFIDENCE} are offered.
 */
public final class BindingSuggestions {

    static final double MIN_CONFIDENCE = 0.35;
    static final int PER_STEP = 3;

    /** One candidate activity for a step, with how sure the guess is (0..1) and how often the activity occurs. */
    public record Candidate(String activity, double confidence, long events) {}

    private BindingSuggestions() {}

    static List<Candidate> forStep(String stepName, String[] activities, long[] events) {
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < activities.length; a++) {
            double confidence = NameSimilarity.of(stepName, activities[a]);
            if (confidence >= MIN_CONFIDENCE) {
                candidates.add(new Candidate(activities[a], Math.round(confidence * 100) / 100.0, events[a]));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::confidence)
                .reversed()
                .thenComparing(Comparator.comparingLong(Candidate::events).reversed()));
        return List.copyOf(candidates.subList(0, Math.min(PER_STEP, candidates.size())));
    }
}
