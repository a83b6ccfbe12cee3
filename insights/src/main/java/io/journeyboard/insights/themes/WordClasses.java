package io.journeyboard.insights.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The class of an English word as a theme name needs it: a stop word, or an adjective, adverb or verb (with their
 * forms) after the table {@code word-classes.tsv.gz} derived from WordNet 3.0 by {@code tools/word-classes}; any
 * other word, a word WordNet does not know ("app", "wifi") included, counts as a noun. A name's head must be a noun:
 * "Probably", "Rated" or "Another minutes" are not names.
 */
final class WordClasses {

    /** What a word can be in a theme name. */
    enum WordClass {
        STOP,
        NOUN,
        ADJECTIVE,
        ADVERB,
        VERB
    }

    private static final String TABLE = "word-classes.tsv.gz";
    private static final Set<String> STOP_WORDS = Set.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "down",
            "during",
            "each",
            "even",
            "ever",
            "every",
            "few",
            "for",
            "from",
            "further",
            "get",
            "got",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "just",
            "let",
            "like",
            "me",
            "more",
            "most",
            "much",
            "my",
            "myself",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "on",
            "once",
            "one",
            "only",
            "or",
            "other",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "really",
            "same",
            "she",
            "should",
            "so",
            "some",
            "still",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "us",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "it's",
            "i'm",
            "i've",
            "i'd",
            "i'll",
            "don't",
            "didn't",
            "doesn't",
            "isn't",
            "wasn't",
            "weren't",
            "won't",
            "can't",
            "couldn't",
            "wouldn't",
            "shouldn't",
            "haven't",
            "hasn't",
            "hadn't",
            "aren't",
            "that's",
            "there's",
            "they're",
            "we're",
            "you're",
            "we've",
            "they've",
            "go",
            "went",
            "going",
            "come",
            "came",
            "back",
            "make",
            "made",
            "say",
            "said",
            "way",
            "well",
            "many",
            "lot",
            "thing",
            "things",
            "time",
            "definitely",
            "though",
            "yet",
            "ok",
            "okay",
            "user",
            "amp",
            "via",
            "today",
            "tomorrow",
            "yesterday",
            "tonight",
            "day",
            "im",
            "dont",
            "cant",
            "didnt",
            "doesnt",
            "isnt",
            "ive",
            "youre",
            "thats",
            "hey",
            "hi",
            "hello",
            "please",
            "pls",
            "thanks",
            "thank",
            "thx",
            "lol",
            "omg",
            "yes",
            "yeah",
            "need",
            "want",
            "know",
            "think",
            "tell",
            "don",
            "gonna",
            "wanna",
            "would've",
            "could've",
            "sure",
            "anyone",
            "someone",
            "something",
            "anything",
            "everything",
            "new",
            "use",
            "using",
            "used",
            "another",
            "several",
            "whole",
            "either",
            "neither",
            "whatever",
            "she's",
            "he's",
            "what's",
            "let's",
            "who's",
            "first",
            "second",
            "third",
            "last",
            "next",
            "anytime",
            "enough",
            "worth",
            "we'll",
            "you'll",
            "they'll",
            "it'll",
            "that'll",
            "he'll",
            "she'll",
            "we'd",
            "you'd",
            "they'd",
            "since",
            "ago",
            "although",
            "unless",
            "whether",
            "within",
            "without",
            "upon",
            "around",
            "across",
            "along",
            "among",
            "behind",
            "beyond",
            "toward",
            "towards",
            "per",
            "etc",
            "else",
            "instead",
            "maybe",
            "perhaps",
            "coming",
            "till",
            "onto",
            "except",
            "besides",
            "despite",
            "unlike",
            "thru",
            "cuz",
            "cause");

    private WordClasses() {}

    /** The class of a lower-case word. */
    static WordClass of(String word) {
        if (STOP_WORDS.contains(word)) {
            return WordClass.STOP;
        }
        return Table.CLASSES.getOrDefault(word, WordClass.NOUN);
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** Loaded on first use (68,000 words, about 50 ms). */
    private static final class Table {
        private static final Map<String, WordClass> CLASSES = read();

        private static Map<String, WordClass> read() {
            Map<String, WordClass> classes = new HashMap<>(100_000);
            try (InputStream in = WordClasses.class.getResourceAsStream(TABLE);
                    BufferedReader lines = new BufferedReader(
                            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (line.startsWith("#") || tab < 0) {
                        continue;
                    }
                    classes.put(line.substring(0, tab), classOf(line.charAt(tab + 1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the word table " + TABLE + " of the insights jar cannot be read", e);
            }
            return classes;
        }

        private static WordClass classOf(char letter) {
            return switch (letter) {
                case 'a' -> WordClass.ADJECTIVE;
                case 'r' -> WordClass.ADVERB;
                case 'v' -> WordClass.VERB;
                default -> throw new IllegalStateException("word table " + TABLE + ": unknown class " + letter);
            };
        }
    }
}
