/**
 * The explorer's interactions measured over HTTP against a real server holding bpic2012 replicated
 * (5,244,000 events): {@link io.journeyboard.bench.explore.ExploreBenchmark} times each kind of interaction
 * (change a funnel step, switch a breakdown, expand a Sankey node, move a process-map slider, filter to a
 * variant) and has DuckDB compute the same funnel and paths from the same CSV, printing the ratio.
 */
package io.journeyboard.bench.explore;
