/**
 * The customers a map is about: {@link io.journeyboard.model.persona.Persona}, a semi-fictional customer built from
 * research, and its labelled {@link io.journeyboard.model.persona.Attribute}s. Journeys, cards and emotion points
 * refer to a persona by id. Immutable records only.
 */
package io.journeyboard.model.persona;
