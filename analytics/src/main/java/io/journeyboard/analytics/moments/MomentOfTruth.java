package io.journeyboard.analytics.moments;

/**
 * A touchpoint whose presence in a case goes with a different chance of converting: the conversion
 * rate of the {@code casesWith} cases that have it against the {@code casesWithout} that do not,
 * their difference and ratio ({@code lift}, null when no case without it converted).
 */
public record MomentOfTruth(
        String touchpoint,
        long casesWith,
        long convertedWith,
        long casesWithout,
        long convertedWithout,
        double conversionWith,
        double conversionWithout,
        double difference,
        Double lift) {}
