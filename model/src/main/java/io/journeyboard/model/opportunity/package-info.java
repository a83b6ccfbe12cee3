/**
 * Improvement ideas on a map: {@link io.journeyboard.model.opportunity.Opportunity}, linked to the pain-point cards it
 * addresses and scored so a team can rank it, and its {@link io.journeyboard.model.opportunity.OpportunityStatus}.
 * Immutable records; the checks on scores and links live in {@code validation}.
 */
package io.journeyboard.model.opportunity;
