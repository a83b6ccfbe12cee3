/**
 * The distinct activity sequences of cases: {@link io.journeyboard.analytics.variants.VariantAnalysis} lists the most
 * frequent variants and {@link io.journeyboard.analytics.variants.PathAnalysis} the paths leading to and from one
 * activity. {@code ActivitySequence} makes a slice of activity codes usable as a map key without copying.
 */
package io.journeyboard.analytics.variants;
