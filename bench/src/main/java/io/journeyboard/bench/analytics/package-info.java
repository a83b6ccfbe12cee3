/**
 * The analytics engine measured against DuckDB: {@link io.journeyboard.bench.analytics.AnalyticsBenchmark} writes a
 * large replicated log ({@code ReplicatedLogWriter}), then alternates rounds of the engine ({@code EngineSide}) and
 * DuckDB ({@code DuckDbSide}) computing the same figures from the same CSV and prints the ratio. Both sides'
 * {@code Figures} are compared before any time is believed; this is where the engine's speed claims come from, never
 * from unit tests.
 */
package io.journeyboard.bench.analytics;
