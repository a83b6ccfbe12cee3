package io.journeyboard.model.persona;

/** One labelled demographic fact of a persona, such as {@code Age: 34} or {@code Location: Leeds}. */
public record Attribute(String label, String value) {}
