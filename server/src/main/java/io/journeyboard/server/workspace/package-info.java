/**
 * Workspaces and who may do what in them: {@link io.journeyboard.server.workspace.Access} is the one check every
 * workspace route makes, resolving the caller's {@link io.journeyboard.server.workspace.Role} and answering "not
 * found" to non-members. {@link io.journeyboard.server.workspace.WorkspaceRoutes} and
 * {@link io.journeyboard.server.workspace.WorkspaceStore} manage workspaces and their
 * {@link io.journeyboard.server.workspace.Member}s; {@link io.journeyboard.server.workspace.EvidenceStore} keeps
 * evidence one row per record, only ever added, and {@link io.journeyboard.server.workspace.PersonaStore} the persona
 * rows. This package depends on no other feature package, so every feature can build on it.
 */
package io.journeyboard.server.workspace;
