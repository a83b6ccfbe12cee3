/**
 * The Journeyboard file format: {@link io.journeyboard.model.format.WorkspaceJson} reads and writes one workspace as
 * JSON tagged with its {@code FormatVersion} (see {@code docs/format.md}). Reading is strict, and {@code JsonErrors}
 * turns Jackson's failures into a {@link io.journeyboard.model.format.FormatException} that names the file, line,
 * column and field. This is the one place in the model that knows Jackson; the domain records stay free of its
 * annotations through the {@link io.journeyboard.model.format.WorkspaceFields} mix-in.
 */
package io.journeyboard.model.format;
