package io.journeyboard.server.dataset;

/**
 * How much event data a workspace may hold, set by the operator: live datasets per workspace,
 * events per workspace (all its datasets together) and events per batch. A batch over the batch
 * limit is refused with 413; one that would take the workspace past its limits with 422.
 */
public record DatasetLimits(int datasetsPerWorkspace, long eventsPerWorkspace, int eventsPerBatch) {

    /** 50 datasets, 20 million events and batches (an upload is one) of up to a million events. */
    public static final DatasetLimits DEFAULT = new DatasetLimits(50, 20_000_000, 1_000_000);

    public DatasetLimits {
        if (datasetsPerWorkspace < 1 || eventsPerWorkspace < 1 || eventsPerBatch < 1) {
            throw new IllegalArgumentException("dataset limits must be at least 1");
        }
    }
}
