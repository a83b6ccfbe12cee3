/**
 * Journeys in the store and every way to change them: {@link io.journeyboard.server.journey.JourneyEditor} is the one
 * path for a write (read the current version, check the writer's If-Match, apply, validate with
 * {@link io.journeyboard.server.journey.JourneyValidation}, store a new version with its history row, all in one
 * transaction). {@link io.journeyboard.server.journey.WorkspaceContent} is the routes' one lookup of a live journey
 * and one snapshot of the workspace as the model's aggregate. {@link io.journeyboard.server.journey.JourneyRoutes}
 * edits whole documents, {@link io.journeyboard.server.journey.JourneyPartRoutes},
 * {@link io.journeyboard.server.journey.StepRoutes} and {@link io.journeyboard.server.journey.EmotionRoutes} edit
 * parts, and new kinds of write go through the editor, never beside it.
 */
package io.journeyboard.server.journey;
