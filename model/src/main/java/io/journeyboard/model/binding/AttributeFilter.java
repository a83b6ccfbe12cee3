package io.journeyboard.model.binding;

/**
 * Narrows a binding to the events whose {@code attribute} (a column of the data, such as
 * {@code channel} or {@code segment}) equals {@code equals}.
 */
public record AttributeFilter(String attribute, String equals) {}
