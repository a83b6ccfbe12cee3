package io.journeyboard.insights.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few signals a sentence embedding misses in short social text, read from the raw text: the lexicon's
 * score (explicit negation: "not good"), emoji and emoticons by their usual mood, negation words, sarcastic
 * thanks ("thanks for nothing", "great job losing my bag"), exclamation and question marks, and shouting.
 * Each value lies in about −1 … 1, so the classifier's weights compare.
 */
public final class SentimentFeatures {

    /** The names of the features, in the order of {@link #of(String)}; the model file lists them to match. */
    public static final List<String> NAMES = List.of(
            "lexicon",
            "positive-emoji",
            "negative-emoji",
            "negation",
            "sarcastic-praise",
            "exclamation",
            "question",
            "shouting");

    private static final Map<Integer, Integer> EMOJI = emoji();
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:not|no|never|nothing|nobody|cannot|can't|cant|won't|wont|don't|dont|didn't|didnt|doesn't|"
                    + "doesnt|isn't|isnt|wasn't|wasnt|aren't|arent|haven't|havent|hasn't|hasnt|ain't|aint|without)\\b");
    private static final Pattern SARCASM = Pattern.compile("(?i)\\b(?:thanks? (?:a lot |so much )?for nothing"
            + "|thanks? for (?:losing|ruining|wasting|cancell?ing|delaying|breaking|charging|ignoring|making me)"
            + "|(?:great|nice|good|awesome|fantastic|wonderful) (?:job|work|going) (?:on |at )?(?:losing|ruining|wasting"
            + "|cancell?ing|delaying|breaking|charging|ignoring|screwing)"
            + "|(?:love|loving|gotta love|just love) (?:how|it when|when|that) .{0,40}\\b(?:not|never|no|late|delay|cancel"
            + "|lost|wait|hold|broke|charg)"
            + "|yeah right|just what i needed|so much for|what a joke|way to go)");
    private static final Pattern EMOTICON_POSITIVE =
            Pattern.compile("(?<!\\S)(?::-?\\)|:-?D|;-?\\)|<3|:-?P|\\^_\\^)(?!\\S)");
    private static final Pattern EMOTICON_NEGATIVE =
            Pattern.compile("(?<!\\S)(?::-?\\(|:'\\(|:-?/|D:|>:\\(|</3)(?!\\S)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final LexiconSentiment lexicon;

    public SentimentFeatures(LexiconSentiment lexicon) {
        this.lexicon = lexicon;
    }

    /** The features of {@code text}, in the order of {@link #NAMES}. */
    public double[] of(String text) {
        int positive = (int) EMOTICON_POSITIVE.matcher(text).results().count();
        int negative = (int) EMOTICON_NEGATIVE.matcher(text).results().count();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int mood = EMOJI.getOrDefault(text.codePointAt(i), 0);
            positive += mood > 0 ? 1 : 0;
            negative += mood < 0 ? 1 : 0;
        }
        long exclamations = text.chars().filter(c -> c == '!').count();
        return new double[] {
            lexicon.score(text),
            Math.min(3, positive) / 3.0,
            Math.min(3, negative) / 3.0,
            NEGATION.matcher(text).find() ? 1 : 0,
            SARCASM.matcher(text).find() ? 1 : 0,
            Math.min(3, exclamations) / 3.0,
            text.indexOf('?') >= 0 ? 1 : 0,
            shouting(text)
        };
    }

    private static double shouting(String text) {
        long words = 0;
        long capitals = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words++;
            String word = matcher.group();
            capitals += word.equals(word.toUpperCase(Locale.ROOT)) ? 1 : 0;
        }
        return words == 0 ? 0 : (double) capitals / words;
    }

    /** Common emoji by the mood they usually carry in customer messages: +1 pleased, −1 displeased. */
    private static Map<Integer, Integer> emoji() {
        Map<Integer, Integer> moods = new HashMap<>();
        "😀😁😃😄😆😊😉😍😘🥰😎🤗🙂😇🥳👍👏🙌🙏💯🎉🎊✨⭐🌟💪❤💕💖💗💙💚💛💜🧡♥😋🤩☺✌👌🔥🏆"
                .codePoints()
                .forEach(c -> moods.put(c, 1));
        "😠😡🤬😤😞😟😔😕🙁☹😣😖😫😩😢😭😒🙄😑😐🤦🤢🤮💩👎💔😰😱😨😓😬🤡🖕"
                .codePoints()
                .forEach(c -> moods.put(c, -1));
        return Map.copyOf(moods);
    }
}
