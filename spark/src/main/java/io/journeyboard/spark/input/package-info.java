/**
 * Reading event data into Spark: the input format from the path, the columns playing each role (the analytics
 * module's detection), an input index that keeps the order of rows with equal times, and the same row checks
 * and located messages as the engine's readers.
 */
package io.journeyboard.spark.input;
