package io.journeyboard.insights.themes;

/** A representative sentence of a theme, with the id of the feedback item it comes from. */
public record Quote(String itemId, String text) {}
