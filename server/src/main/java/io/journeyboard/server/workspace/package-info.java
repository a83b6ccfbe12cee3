/**
 * Workspaces and who may do what in them: {@link io.journeyboard.server.workspace.Access} is the one check every
 * workspace route makes, resolving the caller's {@link io.journeyboard.server.workspace.Role} and answering "not
 * found" to non-members. {@link io.journeyboard.server.workspace.WorkspaceRoutes} and {@link
 * io.journeyboard.server.workspace.WorkspaceStore} manage workspaces, their {@link
 * io.journeyboard.server.workspace.Member}s and their evidence.
 */
package io.journeyboard.server.workspace;
