package io.journeyboard.insights.themes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks a theme's quotes for clarity and coverage: each next quote is the item that best balances being close
 * to the theme's centre against being close to the quotes already picked (maximal marginal relevance), so three
 * quotes show three sides of the theme rather than one sentence three times. Items of a readable length
 * ({@value #MIN_WORDS} to {@value #MAX_WORDS} words) without links are preferred.
 */
final class QuotePicker {

    private static final double REDUNDANCY_WEIGHT = 0.5;
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 40;
    private static final double UNCLEAR_PENALTY = 0.15;
    private static final int CANDIDATES = 60;
    private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\.");

    private final int count;

    QuotePicker(int count) {
        this.count = count;
    }

    List<Quote> pick(List<String> ids, List<String> texts, float[][] vectors, int[] members, float[] centroid) {
        List<Integer> candidates = new ArrayList<>();
        for (int i : members) {
            candidates.add(i);
        }
        candidates.sort((a, b) -> {
            int byRelevance = Double.compare(
                    relevance(texts.get(b), vectors[b], centroid), relevance(texts.get(a), vectors[a], centroid));
            return byRelevance != 0 ? byRelevance : Integer.compare(a, b);
        });
        List<Integer> pool = candidates.subList(0, Math.min(CANDIDATES, candidates.size()));
        List<Integer> picked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (picked.size() < count) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i : pool) {
                if (picked.contains(i) || seen.contains(key(texts.get(i)))) {
                    continue;
                }
                double redundancy = 0;
                for (int j : picked) {
                    redundancy = Math.max(redundancy, KMeans.dot(vectors[i], vectors[j]));
                }
                double score = relevance(texts.get(i), vectors[i], centroid) - REDUNDANCY_WEIGHT * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            picked.add(best);
            seen.add(key(texts.get(best)));
        }
        return picked.stream().map(i -> new Quote(ids.get(i), texts.get(i))).toList();
    }

    private static double relevance(String text, float[] vector, float[] centroid) {
        int words = text.strip().split("\\s+").length;
        boolean clear =
                words >= MIN_WORDS && words <= MAX_WORDS && !LINK.matcher(text).find();
        return KMeans.dot(vector, centroid) - (clear ? 0 : UNCLEAR_PENALTY);
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
