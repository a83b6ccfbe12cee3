package io.journeyboard.insights.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word valences from the VADER lexicon (−4 … 4, shipped as a resource; see its NOTICE), with the
 * negation words that flip a valence and the degree adverbs that strengthen or soften one.
 */
public final class SentimentLexicon {

    private static final String RESOURCE = "vader_lexicon.tsv";
    private static final double BOOST = 0.293;

    private static final Set<String> NEGATIONS = Set.of(
            "not",
            "no",
            "never",
            "none",
            "nobody",
            "nothing",
            "nowhere",
            "neither",
            "nor",
            "without",
            "cannot",
            "cant",
            "can't",
            "dont",
            "don't",
            "doesnt",
            "doesn't",
            "didnt",
            "didn't",
            "isnt",
            "isn't",
            "wasnt",
            "wasn't",
            "werent",
            "weren't",
            "arent",
            "aren't",
            "aint",
            "ain't",
            "wont",
            "won't",
            "wouldnt",
            "wouldn't",
            "shouldnt",
            "shouldn't",
            "couldnt",
            "couldn't",
            "havent",
            "haven't",
            "hasnt",
            "hasn't",
            "hadnt",
            "hadn't",
            "mustnt",
            "mustn't",
            "neednt",
            "needn't",
            "rarely",
            "seldom");

    private static final Map<String, Double> DEGREE = degreeAdverbs();

    private final Map<String, Double> valences;

    private SentimentLexicon(Map<String, Double> valences) {
        this.valences = valences;
    }

    /** The lexicon shipped with this module. */
    public static SentimentLexicon load() {
        Map<String, Double> valences = new HashMap<>(8_000);
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sentiment lexicon " + RESOURCE + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                valences.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SentimentLexicon(Map.copyOf(valences));
    }

    /** The valence of a lower-case word, or 0 when the word carries none. */
    public double valence(String word) {
        return valences.getOrDefault(word, 0.0);
    }

    public boolean isNegation(String word) {
        return NEGATIONS.contains(word);
    }

    /** How much a degree adverb adds to the size of the valence after it (negative for "slightly"), else 0. */
    public double degree(String word) {
        return DEGREE.getOrDefault(word, 0.0);
    }

    private static Map<String, Double> degreeAdverbs() {
        Map<String, Double> degree = new HashMap<>();
        for (String word : new String[] {
            "absolutely",
            "amazingly",
            "awfully",
            "completely",
            "considerably",
            "decidedly",
            "deeply",
            "enormously",
            "entirely",
            "especially",
            "exceptionally",
            "extremely",
            "fully",
            "greatly",
            "highly",
            "hugely",
            "incredibly",
            "intensely",
            "majorly",
            "more",
            "most",
            "particularly",
            "purely",
            "quite",
            "really",
            "remarkably",
            "so",
            "substantially",
            "thoroughly",
            "totally",
            "tremendously",
            "uber",
            "unbelievably",
            "unusually",
            "utterly",
            "very",
            "super",
            "truly",
            "seriously",
            "ridiculously",
            "insanely",
            "way",
            "too"
        }) {
            degree.put(word, BOOST);
        }
        for (String word : new String[] {
            "almost",
            "barely",
            "hardly",
            "kind",
            "kinda",
            "less",
            "little",
            "marginally",
            "occasionally",
            "partly",
            "scarcely",
            "slightly",
            "somewhat",
            "sort",
            "sorta",
            "fairly",
            "pretty"
        }) {
            degree.put(word, -BOOST);
        }
        return Map.copyOf(degree);
    }
}
