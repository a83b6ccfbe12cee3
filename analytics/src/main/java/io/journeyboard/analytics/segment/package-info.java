/**
 * Which cases an analysis looks at, and the attributes that split them: {@code CaseValues} gives each
 * case one value of an attribute column (its first non-empty value), {@code Segment} keeps the cases of
 * some attribute values, a period and a variant, and {@code LogSlice} makes a smaller {@code EventLog}
 * of the kept cases so that every existing analysis (transitions, variants) runs on a segment
 * unchanged. Breakdowns, comparisons and conversion drivers all split cases through this one package.
 */
package io.journeyboard.analytics.segment;
