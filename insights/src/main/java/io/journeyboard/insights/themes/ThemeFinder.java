package io.journeyboard.insights.themes;

import io.journeyboard.insights.themes.Keywords.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the themes of a set of texts from their embeddings: clusters them ({@link ThemeClustering}), moves
 * what fits no cluster to an "other" theme, names each theme ({@link ThemeNames} over {@link Keywords}) and
 * picks its quotes ({@link QuotePicker}).
 */
public final class ThemeFinder {

    /** An item this far from its theme's centre (cosine) says something else: it goes to "other". */
    static final double MIN_SIMILARITY = 0.3;
    /** A theme smaller than this share of all items (and than three items) joins "other". */
    static final double MIN_SHARE = 0.005;

    private static final int NAMING_TERMS = 30;
    /** A theme this far from neutral on average is of one mood. */
    private static final double CLEAR_MOOD = 0.3;

    private final ThemeClustering clustering;
    private final int keywordCount;
    private final int quoteCount;

    public ThemeFinder(ThemeClustering clustering, int keywordCount, int quoteCount) {
        this.clustering = clustering;
        this.keywordCount = keywordCount;
        this.quoteCount = quoteCount;
    }

    /**
     * The themes, largest first and "other" (when any item fits none) last; every text belongs to exactly one.
     *
     * @param ids        the items' ids, parallel to {@code texts}
     * @param vectors    unit embeddings of the texts
     * @param sentiments sentiment scores of the texts
     */
    public List<Theme> find(List<String> ids, List<String> texts, float[][] vectors, double[] sentiments) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Grouping grouping = withOther(clustering.cluster(vectors), vectors);
        int[] assignment = grouping.assignment();
        int other = grouping.themes();
        int k = other + 1;
        List<List<Term>> terms = Keywords.terms(texts, assignment, k, Math.max(NAMING_TERMS, keywordCount));
        List<String> names = withMoodNames(names(texts, assignment, k, other, terms), assignment, sentiments, other);
        QuotePicker quotes = new QuotePicker(quoteCount);
        List<Theme> themes = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            int cluster = c;
            int[] members = IntStream.range(0, texts.size())
                    .filter(i -> assignment[i] == cluster)
                    .toArray();
            if (members.length == 0) {
                continue;
            }
            float[] centroid = centroid(vectors, members);
            double sentiment = IntStream.of(members)
                    .mapToDouble(i -> sentiments[i])
                    .average()
                    .orElse(0);
            boolean isOther = c == other;
            List<String> keywords =
                    terms.get(c).stream().limit(keywordCount).map(Term::text).toList();
            String name = isOther ? "Other feedback" : names.get(c);
            themes.add(new Theme(
                    isOther ? Theme.OTHER : "T" + (themes.size() + 1),
                    name,
                    keywords,
                    members.length,
                    sentiment,
                    quotes.pick(ids, texts, vectors, members, centroid),
                    IntStream.of(members).mapToObj(ids::get).toList(),
                    centroid));
        }
        return themes;
    }

    /**
     * Distinct names from each theme's distinctive terms. A theme that gets none (its distinctive words hold no noun,
     * as in "never coming back" or "amazing!", or all its names went to larger themes) is named from its own texts
     * alone, where its most frequent terms lead ("Great food"), rather than "Theme N".
     */
    private static List<String> names(List<String> texts, int[] assignment, int k, int other, List<List<Term>> terms) {
        List<String> fallbacks =
                IntStream.range(0, k).mapToObj(c -> "Theme " + (c + 1)).toList();
        List<String> names = ThemeNames.names(terms, fallbacks);
        if (IntStream.range(0, k).noneMatch(c -> c != other && names.get(c).equals(fallbacks.get(c)))) {
            return names;
        }
        List<List<Term>> ownTerms = IntStream.range(0, k)
                .mapToObj(c -> c == other || !names.get(c).equals(fallbacks.get(c))
                        ? List.<Term>of()
                        : ownTerms(texts, assignment, c))
                .toList();
        return ThemeNames.names(terms, ownTerms, fallbacks);
    }

    /**
     * A theme still named "Theme N" holds no topic word at all; when it is clearly of one mood (mean sentiment at
     * least {@value #CLEAR_MOOD} either way) it is what a person would call general praise or general complaints.
     */
    private static List<String> withMoodNames(List<String> names, int[] assignment, double[] sentiments, int other) {
        List<String> result = new ArrayList<>(names);
        for (int c = 0; c < names.size(); c++) {
            if (c == other || !names.get(c).equals("Theme " + (c + 1))) {
                continue;
            }
            int cluster = c;
            double mean = IntStream.range(0, assignment.length)
                    .filter(i -> assignment[i] == cluster)
                    .mapToDouble(i -> sentiments[i])
                    .average()
                    .orElse(0);
            String mood = mean >= CLEAR_MOOD ? "General praise" : mean <= -CLEAR_MOOD ? "General complaints" : null;
            if (mood != null && !result.contains(mood)) {
                result.set(c, mood);
            }
        }
        return result;
    }

    /** The terms of one theme's texts on their own: the more texts hold a term, the stronger it is. */
    private static List<Term> ownTerms(List<String> texts, int[] assignment, int theme) {
        List<String> own = IntStream.range(0, texts.size())
                .filter(i -> assignment[i] == theme)
                .mapToObj(texts::get)
                .toList();
        return Keywords.terms(own, new int[own.size()], 1, NAMING_TERMS).getFirst();
    }

    /** Each item's theme, 0 … themes − 1, or {@code themes} for "other". */
    private record Grouping(int[] assignment, int themes) {}

    /**
     * The assignment with one more cluster, numbered last, holding the items far from their centre and the
     * clusters too small to be a theme; the others renumbered by size as before.
     */
    private static Grouping withOther(int[] assignment, float[][] vectors) {
        int k = IntStream.of(assignment).max().orElse(0) + 1;
        if (vectors.length < ThemeClustering.MIN_TEXTS_TO_SPLIT || k < 2) {
            return new Grouping(assignment, k);
        }
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            int cluster = c;
            centroids[c] = centroid(
                    vectors,
                    IntStream.range(0, vectors.length)
                            .filter(i -> assignment[i] == cluster)
                            .toArray());
        }
        int[] result = new int[assignment.length];
        int[] sizes = new int[k];
        for (int i = 0; i < assignment.length; i++) {
            boolean fits = KMeans.dot(vectors[i], centroids[assignment[i]]) >= MIN_SIMILARITY;
            result[i] = fits ? assignment[i] : k;
            sizes[assignment[i]] += fits ? 1 : 0;
        }
        int minSize = Math.max(3, (int) Math.ceil(MIN_SHARE * vectors.length));
        // the items left are numbered by size again: moving items to "other" may change the order
        int[] renumber = new int[k + 1];
        Arrays.fill(renumber, -1);
        int next = 0;
        Integer[] bySize = IntStream.range(0, k)
                .boxed()
                .sorted((a, b) -> sizes[a] != sizes[b] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b))
                .toArray(Integer[]::new);
        for (int c : bySize) {
            if (sizes[c] >= minSize) {
                renumber[c] = next++;
            }
        }
        for (int i = 0; i < result.length; i++) {
            int mapped = result[i] == k ? -1 : renumber[result[i]];
            result[i] = mapped < 0 ? next : mapped;
        }
        return new Grouping(result, next);
    }

    static float[] centroid(float[][] vectors, int[] members) {
        double[] sum = new double[vectors[0].length];
        for (int i : members) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vectors[i][d];
            }
        }
        return KMeans.unit(sum);
    }
}
