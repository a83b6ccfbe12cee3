package io.journeyboard.model.validation;

import io.journeyboard.model.opportunity.Opportunity;
import java.util.List;
import java.util.Set;

/** Checks the opportunities of one journey: their scores and the pain points they address. */
final class OpportunityValidator {

    private final ValidationProblems problems;
    private final Set<String> stepIds;
    private final Set<String> painPointIds;

    OpportunityValidator(ValidationProblems problems, Set<String> stepIds, Set<String> painPointIds) {
        this.problems = problems;
        this.stepIds = stepIds;
        this.painPointIds = painPointIds;
    }

    void validate(List<Opportunity> opportunities, String journeyPath, Set<String> ids) {
        for (int i = 0; i < opportunities.size(); i++) {
            Opportunity opportunity = opportunities.get(i);
            String path = journeyPath + ".opportunities[" + i + "]";
            problems.id(opportunity.id(), path + ".id", ids);
            problems.notBlank(opportunity.title(), path + ".title");
            problems.maxLength(opportunity.description(), path + ".description");
            if (opportunity.stepId() != null) {
                problems.reference(opportunity.stepId(), stepIds, path + ".stepId", "step");
            }
            problems.references(opportunity.painPointIds(), painPointIds, path + ".painPointIds", "pain point card");
            score(opportunity.customerValue(), path + ".customerValue");
            score(opportunity.businessValue(), path + ".businessValue");
            score(opportunity.effort(), path + ".effort");
            problems.check(
                    opportunity.confidence() >= 0 && opportunity.confidence() <= 1,
                    path + ".confidence",
                    "is " + opportunity.confidence() + "; confidence runs from 0.0 to 1.0");
            problems.check(
                    opportunity.reach() == null || opportunity.reach() >= 0, path + ".reach", "must not be negative");
            problems.required(opportunity.status(), path + ".status");
        }
    }

    private void score(int value, String path) {
        problems.check(
                value >= Opportunity.MIN_SCORE && value <= Opportunity.MAX_SCORE,
                path,
                "is " + value + "; scores run from " + Opportunity.MIN_SCORE + " to " + Opportunity.MAX_SCORE);
    }
}
