/**
 * Each part of the report as Spark aggregations over the parsed events: summary, transition graph, variants,
 * funnel, per-group figures and moments of truth. Exact medians and percentiles come from ranks
 * ({@link io.journeyboard.spark.figures.Ranks}), not from approximate sketches, so the figures equal the engine's.
 */
package io.journeyboard.spark.figures;
