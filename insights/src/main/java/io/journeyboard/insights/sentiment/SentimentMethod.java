package io.journeyboard.insights.sentiment;

/** How a sentiment score is computed; {@link #MODEL} is the default (see docs/insights.md for the figures). */
public enum SentimentMethod {
    /** The shipped three-class classifier over the sentence embedding and a few lexical features. */
    MODEL,
    /** VADER-style word valences with negation and degree adverbs; no model needed. */
    LEXICON,
    /** Position between positive and negative anchor sentences in embedding space. */
    ANCHORS,
    /** The mean of the lexicon and the anchors: the lexicon catches explicit negation, the anchors meaning. */
    COMBINED
}
