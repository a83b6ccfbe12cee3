package io.journeyboard.insights.sentiment;

/** How a sentiment score is computed; {@link #COMBINED} is the default (see docs/insights.md for the figures). */
public enum SentimentMethod {
    /** VADER-style word valences with negation and degree adverbs; no model needed. */
    LEXICON,
    /** Position between positive and negative anchor sentences in embedding space. */
    ANCHORS,
    /** The mean of the two: the lexicon catches explicit negation and neutral texts, the anchors catch meaning without sentiment words. */
    COMBINED
}
