/**
 * Feedback insights for one journey: {@link io.journeyboard.server.insight.InsightRoutes} takes an uploaded feedback
 * file and runs the insights module's analysis as an {@link io.journeyboard.server.insight.InsightJob} on one
 * background thread ({@link io.journeyboard.server.insight.InsightJobs}), whose progress a client follows as
 * server-sent events; the in-request routes for scripts run the same analysis.
 * {@link io.journeyboard.server.insight.InsightAcceptance} puts accepted suggestions on the journey as cards, writing
 * their evidence rows and the journey's new version in one transaction under a lock on the workspace's evidence. Jobs
 * live in memory only, and the embedding model is loaded once, on first use, by
 * {@link io.journeyboard.server.insight.SharedEmbedder}.
 */
package io.journeyboard.server.insight;
