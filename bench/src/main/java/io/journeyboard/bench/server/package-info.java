/**
 * The server measured over loopback as a user's client sees it: {@code ImportBenchmark} imports files of 1,000 to
 * 50,000 journeys to show the import grows linearly, and {@code LoadBenchmark} sends journey reads and writes at a
 * fixed rate on H2 and PostgreSQL and prints p50 and p99 with the CPU time per request and the machine's load
 * ({@code Machine}), so a figure taken on a busy machine says so.
 */
package io.journeyboard.bench.server;
