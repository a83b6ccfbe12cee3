/**
 * The persona sheet: {@link io.journeyboard.render.persona.PersonaLayout} lays a persona out as a one-page {@link
 * io.journeyboard.render.persona.PersonaSheet} (profile column beside headed {@code PersonaSection}s), in the colour
 * its maps give it.
 */
package io.journeyboard.render.persona;
