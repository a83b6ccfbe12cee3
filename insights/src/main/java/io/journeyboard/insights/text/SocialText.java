package io.journeyboard.insights.text;

import java.util.regex.Pattern;

/**
 * Cleans the noise of social and chat text before it is embedded or named: links and {@code @handles}
 * carry no meaning a theme or a mood can use, a hashtag's word does ({@code #refund} is "refund"), and
 * letters stretched for emphasis ("soooo") are cut to two. Emoji and punctuation stay: the sentiment
 * features read them.
 */
public final class SocialText {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}])@\\w+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern HASHTAG = Pattern.compile("#(\\p{L}[\\p{L}\\p{N}]*)");
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SocialText() {}

    /** The text without links and handles, hashtags as words (camel case split), stretched letters cut to two. */
    public static String clean(String text) {
        String cleaned = LINK.matcher(text).replaceAll(" ");
        cleaned = HANDLE.matcher(cleaned).replaceAll(" ");
        cleaned = HASHTAG.matcher(cleaned)
                .replaceAll(match -> CAMEL.matcher(match.group(1)).replaceAll(" "));
        cleaned = STRETCHED.matcher(cleaned).replaceAll("$1$1");
        cleaned = SPACES.matcher(cleaned).replaceAll(" ").strip();
        return cleaned.isEmpty() ? text.strip() : cleaned;
    }
}
