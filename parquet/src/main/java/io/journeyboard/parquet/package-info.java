/**
 * Parquet event logs for the in-memory engine: a {@link io.journeyboard.analytics.ingest.PluggedLogFormat}
 * that reads flat Parquet files with Hardwood (no Hadoop) and hands each row to the engine's column builder,
 * so a Parquet log gives the same report as the same log in CSV. It is a module of its own because Hardwood
 * needs Java 21 while the analytics module stays on 17 for the Spark job.
 */
package io.journeyboard.parquet;
