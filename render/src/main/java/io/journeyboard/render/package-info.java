/**
 * Exports of journeys, personas and analytics reports as pictures, Mermaid and tables:
 * {@link io.journeyboard.render.MapRenderer} is the one entry point, taking an
 * {@link io.journeyboard.render.ExportFormat} and {@link io.journeyboard.render.RenderOptions}. Layouts are built once
 * (in {@code map}, {@code persona}, {@code analytics}) and painted on any {@code canvas}; the CLI and the server both
 * export through here. The module reads the model and analytics reports but never changes them, and does no HTTP or
 * storage.
 */
package io.journeyboard.render;
