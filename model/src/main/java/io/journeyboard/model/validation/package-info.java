/**
 * Checks a workspace and reports every problem at once, each with its path into the document
 * ({@code journeys[0].stages[2].name}): {@link io.journeyboard.model.validation.WorkspaceValidator} walks the
 * workspace with {@code JourneyValidator}, {@code CardValidator} and {@code OpportunityValidator}, collecting
 * {@link io.journeyboard.model.validation.Problem}s. This is the one place for the model's cross-record rules; the
 * CLI, the server and the table import all call it rather than checking on their own.
 */
package io.journeyboard.model.validation;
