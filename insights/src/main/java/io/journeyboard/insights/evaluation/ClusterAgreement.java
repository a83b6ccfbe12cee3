package io.journeyboard.insights.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well found themes agree with known reasons: normalized mutual information, the mutual information of the
 * two labellings divided by the mean of their entropies (the arithmetic normalisation, as scikit-learn's
 * default). 1 when the themes are the reasons up to naming, 0 when knowing one says nothing of the other.
 */
public final class ClusterAgreement {

    private ClusterAgreement() {}

    /** The NMI of two labellings of the same items (parallel lists). */
    public static double normalizedMutualInformation(List<String> found, List<String> known) {
        if (found.size() != known.size() || found.isEmpty()) {
            throw new IllegalArgumentException("need two labellings of the same, non-empty list of items");
        }
        int n = found.size();
        Map<String, Integer> foundCounts = new HashMap<>();
        Map<String, Integer> knownCounts = new HashMap<>();
        Map<String, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            foundCounts.merge(found.get(i), 1, Integer::sum);
            knownCounts.merge(known.get(i), 1, Integer::sum);
            joint.merge(found.get(i) + "\u0000" + known.get(i), 1, Integer::sum);
        }
        double mutual = 0;
        for (Map.Entry<String, Integer> cell : joint.entrySet()) {
            String[] pair = cell.getKey().split("\u0000", 2);
            double p = (double) cell.getValue() / n;
            double pFound = (double) foundCounts.get(pair[0]) / n;
            double pKnown = (double) knownCounts.get(pair[1]) / n;
            mutual += p * Math.log(p / (pFound * pKnown));
        }
        double mean = (entropy(foundCounts, n) + entropy(knownCounts, n)) / 2;
        return mean == 0 ? 1 : mutual / mean;
    }

    private static double entropy(Map<String, Integer> counts, int n) {
        double entropy = 0;
        for (int count : counts.values()) {
            double p = (double) count / n;
            entropy -= p * Math.log(p);
        }
        return entropy;
    }
}
