package io.journeyboard.insights.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names clusters by their distinctive words with class-based TF-IDF (as in BERTopic): all texts of
 * a cluster form one document; a word's weight is its frequency in that document times
 * log(1 + A / f), where A is the mean number of words per cluster and f the word's frequency over
 * all clusters. Words frequent in one theme and rare elsewhere rank first; stop words never count.
 */
public final class Keywords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
    private static final int MIN_LENGTH = 3;
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "every",
            "few", "for", "from", "further", "get", "got", "had", "has", "have", "having", "he", "her", "here",
            "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "let", "like", "me", "more", "most", "much", "my", "myself", "no", "nor", "not",
            "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out",
            "over", "own", "really", "same", "she", "should", "so", "some", "still", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
            "yourself", "yourselves", "it's", "i'm", "i've", "i'd", "i'll", "don't", "didn't", "doesn't",
            "isn't", "wasn't", "weren't", "won't", "can't", "couldn't", "wouldn't", "shouldn't", "haven't",
            "hasn't", "hadn't", "aren't", "that's", "there's", "they're", "we're", "you're", "we've", "they've",
            "go", "went", "going", "come", "came", "back", "make", "made", "say", "said", "way", "well",
            "many", "lot", "thing", "things", "time", "definitely", "though", "yet", "ok", "okay");

    private Keywords() {
    }

    /**
     * The {@code count} most distinctive words of each cluster, best first.
     *
     * @param assignment the cluster of each text, 0 … k−1
     */
    public static List<List<String>> of(List<String> texts, int[] assignment, int k, int count) {
        List<Map<String, Integer>> frequencies = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            frequencies.add(new HashMap<>());
        }
        Map<String, Integer> overall = new HashMap<>();
        long totalWords = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (String word : words(texts.get(i))) {
                frequencies.get(assignment[i]).merge(word, 1, Integer::sum);
                overall.merge(word, 1, Integer::sum);
                totalWords++;
            }
        }
        double meanWordsPerCluster = (double) totalWords / k;
        List<List<String>> keywords = new ArrayList<>();
        for (Map<String, Integer> cluster : frequencies) {
            int clusterWords = cluster.values().stream().mapToInt(Integer::intValue).sum();
            keywords.add(cluster.entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) ->
                                    -weight(e.getValue(), clusterWords, overall.get(e.getKey()), meanWordsPerCluster))
                            .thenComparing(Map.Entry::getKey))
                    .limit(count)
                    .map(Map.Entry::getKey)
                    .toList());
        }
        return keywords;
    }

    private static double weight(int inCluster, int clusterWords, int overall, double meanWordsPerCluster) {
        double tf = (double) inCluster / Math.max(1, clusterWords);
        return tf * Math.log(1 + meanWordsPerCluster / overall);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            String word = matcher.group();
            if (word.length() >= MIN_LENGTH && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
