package io.journeyboard.server.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.run.AnalysisRun;
import io.journeyboard.server.run.RunStore;
import io.journeyboard.server.workspace.Access;

/**
 * Where the suggestions of a finished analysis are read to accept them: the job while the server holds it, else
 * the job's kept run (an hour after it finished, or after a restart), which keeps the same suggestions and items.
 */
final class AnalysisToAccept {

    /** The suggestions with the file they came from, named in the evidence. */
    record Found(KeptSuggestions suggestions, String fileName) {}

    private final InsightJobs jobs;
    private final RunStore runs;
    private final ObjectMapper mapper;

    AnalysisToAccept(InsightJobs jobs, RunStore runs, ObjectMapper mapper) {
        this.jobs = jobs;
        this.runs = runs;
        this.mapper = mapper;
    }

    /** 404 when the journey has no such job nor kept run; 409 when it has no suggestions, saying why. */
    Found find(Access.Grant grant, String journeyId, String jobId) {
        InsightJob job = jobs.find(grant.workspaceId(), journeyId, jobId).orElse(null);
        if (job != null) {
            return new Found(fromJob(job), job.fileName());
        }
        AnalysisRun run = runs.find(grant.workspaceId(), jobId)
                .filter(r -> r.kind().equals(RunStore.INSIGHTS) && r.journeyId().equals(journeyId))
                .orElseThrow(() -> ApiException.notFound("there is no feedback analysis '" + jobId
                        + "' for this journey; the earlier analyses of the insights screen list those kept"));
        return new Found(fromRun(grant, run), run.source());
    }

    private static KeptSuggestions fromJob(InsightJob job) {
        if (job.report() == null) {
            throw ApiException.conflict(
                    "the analysis is " + job.progress().state().label() + ", so it has no suggestions to accept"
                            + (job.failure() != null ? " (" + job.failure() + ")" : "; wait until it is done"));
        }
        return KeptSuggestions.of(job.report());
    }

    private KeptSuggestions fromRun(Access.Grant grant, AnalysisRun run) {
        if (!run.state().equals("done")) {
            throw ApiException.conflict("the analysis of " + run.source() + " is " + run.state()
                    + ", so it has no suggestions to accept"
                    + (run.error() != null ? " (" + run.error() + ")" : ""));
        }
        return runs.acceptance(grant.workspaceId(), run.id())
                .map(kept -> Json.readStored(mapper, kept.toString(), KeptSuggestions.class))
                .orElseThrow(() -> ApiException.conflict("the analysis of " + run.source()
                        + " was kept before its suggestions were, so they can only be read; analyse the file again"
                        + " to add them to the map"));
    }
}
