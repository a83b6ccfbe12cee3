/**
 * The persona sheet: {@link io.journeyboard.render.persona.PersonaLayout} lays a persona out as a one-page
 * {@link io.journeyboard.render.persona.PersonaSheet} (profile column beside headed {@code PersonaSection}s), in the
 * colour its maps give it. The sheet is a {@code Drawing} like a map, so it exports to SVG, PNG and PDF through the
 * same canvases.
 */
package io.journeyboard.render.persona;
