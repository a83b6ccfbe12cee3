/**
 * The personas of a workspace: {@link io.journeyboard.server.persona.PersonaRoutes} lists, adds, reads and replaces
 * them and removes one only when no journey uses it; {@link io.journeyboard.server.persona.PersonaStore} keeps one
 * JSON document per persona in the order they were added.
 */
package io.journeyboard.server.persona;
