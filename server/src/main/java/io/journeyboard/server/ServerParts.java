package io.journeyboard.server;

import io.journeyboard.server.backup.LocalBackupAccess;
import io.journeyboard.server.dataset.DatasetLoading;
import io.journeyboard.server.http.InFlightWrites;
import io.journeyboard.server.insight.InsightJobs;
import io.journeyboard.server.insight.SharedEmbedder;
import io.journeyboard.server.system.Readiness;
import io.journeyboard.server.system.ServerMetrics;
import java.util.Optional;

/**
 * The parts of a server that live as long as it does and that its stop must drain or close in order: made by
 * {@link JourneyboardServer}, handed to {@link ServerWiring} to build the routes around.
 */
record ServerParts(
        InFlightWrites inFlight,
        Readiness readiness,
        Optional<LocalBackupAccess> backupAccess,
        ServerMetrics metrics,
        SharedEmbedder embedder,
        DatasetLoading datasetLoading,
        InsightJobs insightJobs) {}
