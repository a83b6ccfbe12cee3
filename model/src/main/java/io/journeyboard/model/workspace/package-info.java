/**
 * {@link io.journeyboard.model.workspace.Workspace}: what a team maps together, its personas, journeys and the
 * evidence they rest on, and what one Journeyboard file holds. It is the aggregate the format, validation, rendering
 * and import code take and return, and the one place that decides which journey a front means
 * ({@link io.journeyboard.model.workspace.Workspace#chooseJourney}: the named one, else the only one).
 */
package io.journeyboard.model.workspace;
