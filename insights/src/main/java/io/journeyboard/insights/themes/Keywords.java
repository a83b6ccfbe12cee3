package io.journeyboard.insights.themes;

import io.journeyboard.insights.text.SocialText;
import io.journeyboard.insights.themes.WordClasses.WordClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distinctive terms of clusters by class-based TF-IDF (as in BERTopic): a term is a word, two adjacent words
 * (a bigram such as "exchange rate") or a noun phrase of three, counted once per text; its weight in a cluster is
 * the share of the cluster's texts that hold it times log(1 + A / f), where A is the mean number of texts per
 * cluster and f the number of texts holding it over all clusters. Texts are cleaned first ({@link SocialText}: no
 * links or handles), stop words never count, a term in fewer than {@value #MIN_TEXTS} texts of a cluster is noise
 * (a typo, a name), and a term that is common in more than half of the clusters names none of them.
 */
public final class Keywords {

    /** A word, or any other mark (a digit run, punctuation): what is not a word breaks a phrase. */
    private static final Pattern TOKEN =
            Pattern.compile("(\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L})|[\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    /** A hashtag stands apart from the sentence around it: "late #fail" holds no phrase "late fail". */
    private static final Pattern HASHTAG = Pattern.compile("#\\p{L}[\\p{L}\\p{N}]*");

    private static final int MIN_LENGTH = 3;
    /** A term must be in this many texts of a cluster to name it. */
    static final int MIN_TEXTS = 2;
    /** A term in at least this share of a cluster's texts counts as common there. */
    private static final double COMMON_SHARE = 0.05;

    private Keywords() {}

    /** A distinctive term of a cluster: one or two words and its class-based TF-IDF weight. */
    public record Term(String text, double weight) {
        boolean isPhrase() {
            return text.indexOf(' ') > 0;
        }

        /** A noun (not an adjective, adverb or verb) standing alone. */
        boolean isNoun() {
            return !isPhrase() && WordClasses.of(text) == WordClass.NOUN;
        }

        /**
         * Two or three words ending in a noun, led by nouns, adjectives or verb forms other than a verb's -s form
         * ("cancelled flights", "hold times", "lost luggage claim"; not "deserves stars", "probably never").
         */
        boolean isNounPhrase() {
            List<String> words = words();
            if (words.size() < 2 || WordClasses.of(words.getLast()) != WordClass.NOUN) {
                return false;
            }
            for (String modifier : words.subList(0, words.size() - 1)) {
                WordClass wordClass = WordClasses.of(modifier);
                boolean finiteVerb = wordClass == WordClass.VERB && modifier.endsWith("s");
                if (wordClass == WordClass.ADVERB || wordClass == WordClass.STOP || finiteVerb) {
                    return false;
                }
            }
            return true;
        }

        List<String> words() {
            return List.of(text.split(" "));
        }
    }

    /**
     * The {@code count} most distinctive words or bigrams of each cluster, best first.
     *
     * @param assignment the cluster of each text, 0 … k−1
     */
    public static List<List<String>> of(List<String> texts, int[] assignment, int k, int count) {
        return terms(texts, assignment, k, count).stream()
                .map(terms -> terms.stream().map(Term::text).toList())
                .toList();
    }

    /** The {@code count} most distinctive terms of each cluster with their weights, best first. */
    public static List<List<Term>> terms(List<String> texts, int[] assignment, int k, int count) {
        return terms(texts, assignment, k, count, true);
    }

    /**
     * As {@link #terms(List, int[], int, int)}; {@code dropCommon} false keeps terms common to most clusters,
     * for groups (the praise and complaint sides of themes) that may share their words by design.
     */
    public static List<List<Term>> terms(List<String> texts, int[] assignment, int k, int count, boolean dropCommon) {
        List<Map<String, Integer>> frequencies = new ArrayList<>();
        int[] sizes = new int[k];
        for (int c = 0; c < k; c++) {
            frequencies.add(new HashMap<>());
        }
        Map<String, Integer> overall = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            sizes[assignment[i]]++;
            for (String term : new HashSet<>(terms(texts.get(i)))) {
                frequencies.get(assignment[i]).merge(term, 1, Integer::sum);
                overall.merge(term, 1, Integer::sum);
            }
        }
        Set<String> everywhere = dropCommon ? commonToMost(frequencies, sizes) : Set.of();
        double meanTextsPerCluster = (double) texts.size() / k;
        List<List<Term>> result = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int size = Math.max(1, sizes[c]);
            int minTexts = sizes[c] < 2 * MIN_TEXTS ? 1 : MIN_TEXTS;
            List<Term> best = best(frequencies.get(c), minTexts, everywhere, size, meanTextsPerCluster, overall, count);
            // a small theme whose texts share no term is still named, by its best term held once
            result.add(
                    best.isEmpty()
                            ? best(frequencies.get(c), 1, everywhere, size, meanTextsPerCluster, overall, count)
                            : best);
        }
        return result;
    }

    private static List<Term> best(
            Map<String, Integer> frequency,
            int minTexts,
            Set<String> everywhere,
            int size,
            double meanTextsPerCluster,
            Map<String, Integer> overall,
            int count) {
        return frequency.entrySet().stream()
                .filter(e -> e.getValue() >= minTexts && !everywhere.contains(e.getKey()))
                .map(e -> new Term(
                        e.getKey(),
                        (double) e.getValue() / size * Math.log(1 + meanTextsPerCluster / overall.get(e.getKey()))))
                .sorted(Comparator.comparingDouble((Term t) -> -t.weight()).thenComparing(Term::text))
                .limit(count)
                .toList();
    }

    /** Terms common in more than half of the clusters (when there are at least three): they tell none apart. */
    private static Set<String> commonToMost(List<Map<String, Integer>> frequencies, int[] sizes) {
        Set<String> common = new HashSet<>();
        if (frequencies.size() < 3) {
            return common;
        }
        Map<String, Integer> clustersWhereCommon = new HashMap<>();
        for (int c = 0; c < frequencies.size(); c++) {
            int size = sizes[c];
            frequencies.get(c).forEach((term, count) -> {
                if (count >= COMMON_SHARE * size) {
                    clustersWhereCommon.merge(term, 1, Integer::sum);
                }
            });
        }
        clustersWhereCommon.forEach((term, clusters) -> {
            if (clusters > frequencies.size() / 2) {
                common.add(term);
            }
        });
        return common;
    }

    /**
     * The words and the bigrams of adjacent words of a text, and its noun phrases of three words ("lost luggage
     * claim"); stop words, short words, digits and punctuation break phrases and never count.
     */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        String before = null;
        String previous = null;
        String spaced = HASHTAG.matcher(text).replaceAll(" . $0 . ");
        Matcher matcher =
                TOKEN.matcher(SocialText.clean(spaced).toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            String word = matcher.group(1);
            if (word != null && word.length() >= MIN_LENGTH && !WordClasses.isStopWord(word)) {
                terms.add(word);
                if (previous != null && !previous.equals(word)) {
                    terms.add(previous + " " + word);
                    if (before != null && !before.equals(previous)) {
                        String phrase = before + " " + previous + " " + word;
                        if (new Term(phrase, 0).isNounPhrase()) {
                            terms.add(phrase);
                        }
                    }
                }
                before = previous;
                previous = word;
            } else {
                before = null;
                previous = null;
            }
        }
        return terms;
    }

    static List<String> words(String text) {
        return terms(text).stream().filter(term -> term.indexOf(' ') < 0).toList();
    }
}
