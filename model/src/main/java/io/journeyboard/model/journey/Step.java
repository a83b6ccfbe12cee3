package io.journeyboard.model.journey;

/**
 * One column of a map, inside a stage.
 *
 * @param subJourneyId the journey this step opens when it is detailed further, or null
 */
public record Step(String id, String name, String description, String subJourneyId) {
}
