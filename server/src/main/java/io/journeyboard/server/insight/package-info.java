/**
 * Feedback insights for one journey: {@link io.journeyboard.server.insight.InsightRoutes} takes an uploaded feedback
 * file, runs the insights module's analysis, and accepts chosen suggestions onto the journey as cards with their
 * evidence. Long analyses run as {@link io.journeyboard.server.insight.InsightJob}s on one background thread ({@link
 * io.journeyboard.server.insight.InsightJobs}) whose progress a client follows as server-sent events; jobs live in
 * memory only. The embedding model is loaded once, on first use, by {@link
 * io.journeyboard.server.insight.SharedEmbedder}.
 */
package io.journeyboard.server.insight;
