/**
 * The analytics report computed by an Apache Spark job, for event logs beyond one machine: the same JSON
 * report as {@code journeyboard analyze}, from CSV, JSON lines or Parquet on any filesystem Hadoop reaches.
 * {@link io.journeyboard.spark.SparkReportJob} is the entry point for {@code spark-submit}; the figures are
 * aggregated by Spark and finished by the analytics module's own post-processing, so both engines rank and
 * round alike.
 */
package io.journeyboard.spark;
