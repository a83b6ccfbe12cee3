package io.journeyboard.insights.sentiment;

/** A text with a known polarity, for measuring accuracy. */
public record LabelledText(String text, boolean positive) {}
