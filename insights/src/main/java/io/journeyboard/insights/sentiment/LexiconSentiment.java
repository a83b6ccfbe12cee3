package io.journeyboard.insights.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based sentiment in the manner of VADER: each word's lexicon valence, strengthened or softened
 * by a degree adverb up to three words before it, flipped by a negation up to three words before
 * it, weighted down before "but" and up after it, raised by capitals and exclamation marks; the sum
 * is squashed into −1 … 1.
 */
public final class LexiconSentiment {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
    private static final int WINDOW = 3;
    private static final double NEGATION_FACTOR = -0.74;
    private static final double CAPS_BOOST = 0.733;
    private static final double EXCLAMATION_BOOST = 0.292;
    private static final int MAX_EXCLAMATIONS = 4;
    /** The squashing constant of VADER's compound score: sum / sqrt(sum² + α). */
    private static final double ALPHA = 15;

    private final SentimentLexicon lexicon;

    public LexiconSentiment(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The score of a text in −1 … 1; 0 when no word of it carries sentiment. */
    public double score(String text) {
        List<String> originals = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            originals.add(matcher.group().replace('’', '\''));
        }
        boolean shouting = originals.stream().allMatch(LexiconSentiment::isUpperCase);
        List<String> words =
                originals.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        int but = words.indexOf("but");
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            double valence = valenceAt(words, originals, i, shouting);
            if (but >= 0) {
                valence *= i < but ? 0.5 : i > but ? 1.5 : 1;
            }
            sum += valence;
        }
        if (sum != 0) {
            long exclamations = Math.min(
                    MAX_EXCLAMATIONS, text.chars().filter(c -> c == '!').count());
            sum += Math.signum(sum) * exclamations * EXCLAMATION_BOOST;
        }
        return sum / Math.sqrt(sum * sum + ALPHA);
    }

    private double valenceAt(List<String> words, List<String> originals, int i, boolean shouting) {
        String word = words.get(i);
        double valence = lexicon.valence(word);
        if (valence == 0 || lexicon.isNegation(word) || lexicon.degree(word) != 0) {
            return 0;
        }
        if (!shouting && isUpperCase(originals.get(i)) && originals.get(i).length() > 1) {
            valence += Math.signum(valence) * CAPS_BOOST;
        }
        boolean negated = false;
        for (int back = 1; back <= WINDOW && i - back >= 0; back++) {
            String before = words.get(i - back);
            double degree = lexicon.degree(before);
            // a degree adverb further away counts less, as in VADER (100 %, 95 %, 90 %)
            valence += Math.signum(valence) * degree * (1 - 0.05 * (back - 1));
            negated |= lexicon.isNegation(before) || before.endsWith("n't");
        }
        return negated ? valence * NEGATION_FACTOR : valence;
    }

    private static boolean isUpperCase(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }
}
