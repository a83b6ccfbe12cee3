package io.journeyboard.model.journey;

/**
 * A KPI figure on a KPI card: the current value against a target, in a unit ({@code %}, {@code s},
 * {@code EUR}). Value and target may each be absent when not yet measured or agreed.
 */
public record Metric(String name, Double value, Double target, String unit) {}
