package io.journeyboard.insights.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites clean sentences the way people write to a brand on social media, to judge themes on noisy text
 * when no annotated noisy set exists: a brand's {@code @handle} in front, links, hashtags that say nothing
 * about the reason, emoji, lower case, dropped punctuation, slang ("u", "pls") and typos (swapped, dropped or
 * doubled letters). Deterministic: the same text, position and seed give the same rewrite. The noise is
 * drawn without looking at the labels, so it is as fair to every theme.
 */
public final class TweetStyle {

    private static final List<String> HANDLES =
            List.of("@MyBank", "@MyBankHelp", "@mybank_uk", "@PayFastApp", "@CardCo", "@bank_support");
    private static final List<String> HASHTAGS = List.of(
            "#fail",
            "#banking",
            "#help",
            "#customerservice",
            "#mondays",
            "#fintech",
            "#annoyed",
            "#justsaying",
            "#why",
            "#money");
    private static final List<String> EMOJI = List.of("😡", "🙄", "😩", "🙏", "😂", "🤔", "😤", "😭", "👀", "🤷");
    private static final List<String[]> SLANG = List.of(
            new String[] {"you", "u"},
            new String[] {"please", "pls"},
            new String[] {"thanks", "thx"},
            new String[] {"are", "r"},
            new String[] {"because", "bc"},
            new String[] {"your", "ur"},
            new String[] {"to", "2"},
            new String[] {"for", "4"});
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final double TYPO_RATE = 0.06;

    private final long seed;

    public TweetStyle(long seed) {
        this.seed = seed;
    }

    /** The rewrite of the {@code index}-th text. */
    public String rewrite(String text, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String body = random.nextDouble() < 0.5 ? text.toLowerCase(Locale.ROOT) : text;
        if (random.nextDouble() < 0.4) {
            body = body.replaceAll("[.!?]+$", "");
        }
        body = words(body, random);
        StringBuilder tweet = new StringBuilder();
        if (random.nextDouble() < 0.7) {
            tweet.append(pick(HANDLES, random)).append(' ');
        }
        tweet.append(body);
        if (random.nextDouble() < 0.4) {
            tweet.append(' ').append(pick(HASHTAGS, random));
            if (random.nextDouble() < 0.3) {
                tweet.append(' ').append(pick(HASHTAGS, random));
            }
        }
        if (random.nextDouble() < 0.35) {
            tweet.append(' ').append(pick(EMOJI, random));
        }
        if (random.nextDouble() < 0.25) {
            tweet.append(" https://t.co/").append(Long.toString(Math.abs(random.nextLong()), 36), 0, 10);
        }
        return tweet.toString();
    }

    private static String words(String body, Random random) {
        Matcher matcher = WORD.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(word(matcher.group(), random)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String word(String word, Random random) {
        for (String[] pair : SLANG) {
            if (word.equalsIgnoreCase(pair[0]) && random.nextDouble() < 0.5) {
                return pair[1];
            }
        }
        if (word.length() < 4 || random.nextDouble() >= TYPO_RATE) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at) + word.substring(at);
        };
    }

    private static String pick(List<String> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
