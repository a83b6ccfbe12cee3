/**
 * The ready-made journeys a new map starts from: {@link io.journeyboard.model.template.Templates} reads the
 * Journeyboard files shipped as resources in the jar (listed in {@code template/index.json}) and
 * {@link io.journeyboard.model.template.Template} names one. Templates are read from the classpath only, never from
 * the file system or the network.
 */
package io.journeyboard.model.template;
