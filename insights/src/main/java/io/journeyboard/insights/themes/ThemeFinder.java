package io.journeyboard.insights.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds the themes of a set of texts from their embeddings: clusters them ({@link ThemeClustering}),
 * names each cluster by its keywords, and picks its most typical sentences as quotes.
 */
public final class ThemeFinder {

    private final ThemeClustering clustering;
    private final int keywordCount;
    private final int quoteCount;

    public ThemeFinder(ThemeClustering clustering, int keywordCount, int quoteCount) {
        this.clustering = clustering;
        this.keywordCount = keywordCount;
        this.quoteCount = quoteCount;
    }

    /**
     * The themes, largest first; every text belongs to exactly one.
     *
     * @param ids        the items' ids, parallel to {@code texts}
     * @param vectors    unit embeddings of the texts
     * @param sentiments sentiment scores of the texts
     */
    public List<Theme> find(List<String> ids, List<String> texts, float[][] vectors, double[] sentiments) {
        if (texts.isEmpty()) {
            return List.of();
        }
        int[] assignment = clustering.cluster(vectors);
        int k = IntStream.of(assignment).max().orElse(0) + 1;
        List<List<String>> keywords = Keywords.of(texts, assignment, k, keywordCount);
        List<Theme> themes = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            int cluster = c;
            int[] members = IntStream.range(0, texts.size()).filter(i -> assignment[i] == cluster).toArray();
            float[] centroid = centroid(vectors, members);
            double sentiment = IntStream.of(members).mapToDouble(i -> sentiments[i]).average().orElse(0);
            themes.add(new Theme("T" + (c + 1), keywords.get(c), members.length, sentiment,
                    quotes(ids, texts, vectors, members, centroid),
                    IntStream.of(members).mapToObj(ids::get).toList(), centroid));
        }
        return themes;
    }

    private List<Quote> quotes(List<String> ids, List<String> texts, float[][] vectors, int[] members, float[] centroid) {
        Integer[] typical = IntStream.of(members).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -KMeans.dot(vectors[i], centroid)).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        List<Quote> quotes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i : typical) {
            if (quotes.size() == quoteCount) {
                break;
            }
            if (seen.add(texts.get(i).strip().toLowerCase(java.util.Locale.ROOT))) {
                quotes.add(new Quote(ids.get(i), texts.get(i)));
            }
        }
        return quotes;
    }

    private static float[] centroid(float[][] vectors, int[] members) {
        double[] sum = new double[vectors[0].length];
        for (int i : members) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vectors[i][d];
            }
        }
        return KMeans.unit(sum);
    }
}
