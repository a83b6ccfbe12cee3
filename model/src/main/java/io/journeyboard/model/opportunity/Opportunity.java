package io.journeyboard.model.opportunity;

import io.journeyboard.model.Lists;
import java.util.List;

/**
 * An improvement idea, linked to the pain points it addresses and scored so that a team can rank it.
 *
 * @param stepId        the step where it applies, or null when it spans the journey
 * @param painPointIds  the pain-point cards it addresses
 * @param customerValue value to the customer, 1 (little) to 5 (a lot)
 * @param businessValue value to the business, 1 to 5
 * @param effort        cost to deliver, 1 (trivial) to 5 (a project of its own)
 * @param confidence    how sure the team is of the estimates, 0.0 to 1.0
 * @param reach         customers affected per quarter, for RICE; null when unknown
 */
public record Opportunity(
        String id,
        String title,
        String description,
        String stepId,
        List<String> painPointIds,
        int customerValue,
        int businessValue,
        int effort,
        double confidence,
        Long reach,
        OpportunityStatus status,
        String owner) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    public Opportunity {
        painPointIds = Lists.immutable(painPointIds);
    }

    /** Mean of customer and business value divided by effort: above 1 is worth more than it costs. */
    public double valueEffortRatio() {
        return (customerValue + businessValue) / 2.0 / effort;
    }

    /**
     * RICE: reach × impact × confidence ÷ effort, with customer value as the impact. Zero when reach
     * is unknown, so such opportunities sort last rather than being guessed.
     */
    public double riceScore() {
        return reach == null ? 0.0 : reach * customerValue * confidence / effort;
    }
}
