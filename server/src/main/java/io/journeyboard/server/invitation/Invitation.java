package io.journeyboard.server.invitation;

import io.journeyboard.server.workspace.Role;
import java.time.Instant;

/** An invitation to join a workspace with a role, addressed to one e-mail address. */
public record Invitation(
        long id, String workspaceId, String email, Role role, String invitedBy, Instant createdAt, Instant expiresAt) {}
