/**
 * The personas of a workspace: {@link io.journeyboard.server.persona.PersonaRoutes} lists, adds, reads and replaces
 * them, and {@link io.journeyboard.server.persona.PersonaEditor} is the one path for every persona write, as
 * {@code JourneyEditor} is for journeys: validated against the workspace, stored with who made it and when, in one
 * transaction, and no removal of a persona a journey still uses. The rows themselves are kept by the workspace
 * package's {@code PersonaStore}.
 */
package io.journeyboard.server.persona;
